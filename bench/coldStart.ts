/*
 * Cold start of the built CLI, as a suite of `npm run bench` (which builds first). Spawns each
 * command several times, interleaved so that drift in the machine's load hits all of them
 * alike, and reports the median wall-clock time. The budget: `due` and `working-days` within
 * 1.3x `node -e 0` (they load no validation code: the CLI is split into chunks, and the
 * commands that read event logs or a rule set import theirs only when they run). The rows between break the time down: loading zod alone, loading the
 * whole library (which imports zod), and the library's first working-day count (which builds a
 * calendar's index); `validate` loads the event schemas and zod, for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './harness.js';
import type { BenchSuite } from './suite.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const library = join(root, 'dist', 'index.js');
const budget = 1.3;

const commands: readonly { readonly label: string; readonly args: readonly string[] }[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: "import 'zod'", args: ['--input-type=module', '-e', "import 'zod';"] },
  { label: 'import dist/index.js', args: ['--input-type=module', '-e', `import ${JSON.stringify(library)};`] },
  {
    label: 'dist/index.js + one dueDate',
    args: ['--input-type=module', '-e', `import { dueDate } from ${JSON.stringify(library)}; dueDate('initialConference', '2026-11-23');`],
  },
  { label: 'cli --version', args: [cli, '--version'] },
  { label: 'cli validate examples/case-example.json', args: [cli, 'validate', join(root, 'examples', 'case-example.json')] },
  { label: 'cli due initialConference 2026-11-23', args: [cli, 'due', 'initialConference', '2026-11-23'] },
  { label: 'cli working-days add 2026-11-23 15', args: [cli, 'working-days', 'add', '2026-11-23', '15'] },
];

/** The rows held to the budget. */
const budgeted = ['cli due initialConference 2026-11-23', 'cli working-days add 2026-11-23 15'];

/** The cold-start suite, for bench/index.ts. */
export const coldStartBench: BenchSuite = {
  name: 'coldStart',
  title: 'Cold start of the command line (spawned processes, wall clock)',
  async run({ quick, print }) {
    if (!existsSync(cli) || !existsSync(library)) throw new Error('dist/ is missing: run `npm run build` first');
    const runs = quick ? 5 : 20;
    const times = commands.map(() => [] as number[]);
    for (const command of commands) run(command.args); // warm the disk cache
    for (let round = 0; round < runs; round++) {
      commands.forEach((command, index) => times[index]?.push(run(command.args)));
    }
    const baseline = median(times[0] ?? []);
    const rows = commands.map((command, index) => {
      const samples = times[index] ?? [];
      return [command.label, median(samples).toFixed(1), Math.min(...samples).toFixed(1), `${(median(samples) / baseline).toFixed(2)}x`];
    });
    print(`${runs} runs of each, interleaved.`);
    print();
    for (const line of markdownTable(['command', 'median ms', 'min ms', 'x node -e 0'], rows)) print(line);
    print();
    return budgeted.map((label) => {
      const ratio = median(times[commands.findIndex((command) => command.label === label)] ?? []) / baseline;
      const name = label.split(' ').slice(0, 2).join(' ');
      return { target: `${name.replace('cli', 'CLI')} within ${budget}x node -e 0`, measured: `${ratio.toFixed(2)}x`, met: ratio <= budget };
    });
  },
};

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
