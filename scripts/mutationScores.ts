import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of Stryker's JSON report (mutation-testing-report-schema) read here. */
interface MutationReport {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}

/** Stryker's own counting: detected (killed, timed out) over detected plus undetected (survived, no coverage). */
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/**
 * Prints the mutation score of each folder (and each file below 90%) from the per-folder JSON
 * reports in `directory` (reports/mutation/src-*.json, written by scripts/mutation.ts; a file in several reports counts once, from the last in name order).
 */
export function printScores(directory: string): void {
  const byFile = new Map<string, { detected: number; undetected: number }>();
  for (const name of readdirSync(directory).filter((file) => /^src-.*\.json$/.test(file)).sort()) {
    const report = JSON.parse(readFileSync(join(directory, name), 'utf8')) as MutationReport;
    for (const [path, file] of Object.entries(report.files)) {
      const counts = { detected: 0, undetected: 0 };
      for (const mutant of file.mutants) {
        if (detected.has(mutant.status)) counts.detected++;
        else if (undetected.has(mutant.status)) counts.undetected++;
      }
      byFile.set(path.replaceAll('\\', '/'), counts);
    }
  }
  const folders = new Map<string, { detected: number; undetected: number }>();
  for (const [path, counts] of byFile) {
    const folder = path.split('/').slice(0, 2).join('/');
    const total = folders.get(folder) ?? { detected: 0, undetected: 0 };
    total.detected += counts.detected;
    total.undetected += counts.undetected;
    folders.set(folder, total);
  }
  const score = ({ detected: hit, undetected: missed }: { detected: number; undetected: number }): string =>
    `${((100 * hit) / Math.max(1, hit + missed)).toFixed(2)}% (${hit} detected, ${missed} survived or uncovered)`;
  for (const [folder, counts] of [...folders].sort()) {
    process.stdout.write(`${folder.padEnd(14)} ${score(counts)}\n`);
    for (const [path, file] of [...byFile].sort()) {
      if (path.startsWith(`${folder}/`) && file.detected < 0.9 * (file.detected + file.undetected)) process.stdout.write(`  ${path}: ${score(file)}\n`);
    }
  }
}
