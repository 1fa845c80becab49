/**
 * Runs the built CLI (dist/cli.js) as a child process, as a user's shell would. `npm test`
 * builds before the unit tests; run on their own (`npx vitest run test/cli`), the tests build
 * first when dist is missing or older than its sources: see {@link ensureBuilt}.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(root, 'dist', 'cli.js');
export const exampleCase = join(root, 'examples', 'case-example.json');
export const planExample = join(root, 'examples', 'plan-example.json');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `child-protection-pathway ...args`, with `input` on standard input. */
export function cli(args: readonly string[], input = ''): CliResult {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of an error report. */
export function lines(text: string): string[] {
  return text.trimEnd().split('\n');
}

/** True when the output looks like a stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[:(]/m.test(text);
}

const outputs = [cliPath, join(root, 'dist', 'index.js')];
const inputs = [join(root, 'package.json'), join(root, 'tsup.config.ts')];
const lock = join(root, 'node_modules', '.cache', 'cli-test-build.lock');

/**
 * Builds with tsup when dist/cli.js or dist/index.js is missing or older than a source file,
 * package.json or tsup.config.ts. Test files run in parallel workers: the first to take the
 * lock builds, the others wait for it. Call in a `beforeAll` with a long timeout.
 */
export async function ensureBuilt(): Promise<void> {
  if (!isStale()) return;
  mkdirSync(join(lock, '..'), { recursive: true });
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // Another worker is building.
  }
  if (owner) {
    try {
      if (isStale()) execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: root, stdio: 'ignore' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  while (existsSync(lock)) await sleep(100);
  if (!outputs.every((file) => existsSync(file))) throw new Error('the build of dist/ failed: run `npm run build`');
}

function isStale(): boolean {
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return newestIn(join(root, 'src'), Math.max(...inputs.map((file) => statSync(file).mtimeMs))) > built;
}

function newestIn(dir: string, newest: number): number {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = entry.isDirectory() ? newestIn(path, newest) : Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
