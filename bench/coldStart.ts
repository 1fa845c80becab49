/*
 * Cold start of the built CLI: `npx tsx bench/coldStart.ts [runs]` (after `npm run build`).
 * Spawns each command `runs` times (20 by default), interleaved so that drift in the machine's
 * load hits all of them alike, and prints the median and spread of the wall-clock times. The
 * budget: `child-protection-pathway due initialConference 2026-11-23` within 3x `node -e 0`.
 * The rows between break the CLI's time down: loading zod alone, loading the library (which
 * imports zod and builds its schemas), and the library's first working-day count (which builds
 * a calendar's index).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const library = join(root, 'dist', 'index.js');
if (!existsSync(cli) || !existsSync(library)) {
  console.error('dist/cli.js or dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const runs = Number(process.argv[2] ?? 20);
const budget = 3;

const commands: readonly { readonly label: string; readonly args: readonly string[] }[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: "import 'zod'", args: ['--input-type=module', '-e', "import 'zod';"] },
  { label: 'import dist/index.js', args: ['--input-type=module', '-e', `import ${JSON.stringify(library)};`] },
  {
    label: 'dist/index.js + one dueDate',
    args: ['--input-type=module', '-e', `import { dueDate } from ${JSON.stringify(library)}; dueDate('initialConference', '2026-11-23');`],
  },
  { label: 'cli --version', args: [cli, '--version'] },
  { label: 'cli due initialConference 2026-11-23', args: [cli, 'due', 'initialConference', '2026-11-23'] },
];

const times = commands.map(() => [] as number[]);
// One warm-up round: the first spawns pay for the disk cache.
for (const command of commands) run(command.args);
for (let round = 0; round < runs; round++) {
  commands.forEach((command, index) => times[index]?.push(run(command.args)));
}

const baseline = median(times[0] ?? []);
console.log(`node ${process.version}, ${runs} runs each, interleaved; wall-clock ms of a spawned process\n`);
console.log(`${'command'.padEnd(40)}  ${'median'.padStart(7)}  ${'min'.padStart(7)}  ${'max'.padStart(7)}  x node -e 0`);
commands.forEach((command, index) => {
  const samples = times[index] ?? [];
  const m = median(samples);
  console.log(
    `${command.label.padEnd(40)}  ${m.toFixed(1).padStart(7)}  ${Math.min(...samples).toFixed(1).padStart(7)}  ${Math.max(...samples)
      .toFixed(1)
      .padStart(7)}  ${(m / baseline).toFixed(2)}`,
  );
});
const ratio = median(times[commands.length - 1] ?? []) / baseline;
console.log(`\ncli due / node -e 0 = ${ratio.toFixed(2)} (budget ${budget}): ${ratio <= budget ? 'within budget' : 'OVER BUDGET'}`);
process.exitCode = ratio <= budget ? 0 : 1;

function run(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return elapsed;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
