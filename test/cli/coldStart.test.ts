import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, root } from './run.js';

/*
 * `due` and `working-days` must start without validation code (issue 11: cold start within
 * 1.3x `node -e 0`, timed by bench/coldStart.ts). Timing is too noisy for a test, so this
 * checks the cause instead: dist/cli.js holds those commands, and the modules it loads
 * (following the static imports of the built chunks) never import zod; the commands that read
 * event logs, and the --rule-set reader, are chunks of their own that do.
 */

beforeAll(ensureBuilt, 180_000);

const STATIC_IMPORT = /^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** Every module a file loads before it runs: itself and its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, target] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    if (target?.startsWith('.')) staticGraph(join(dirname(file), target), seen);
    else seen.add(target as string);
  }
  return seen;
}

function commandFile(name: string): string {
  const file = readdirSync(join(root, 'dist', 'cli')).find((candidate) => candidate.startsWith(`${name}-`));
  if (file === undefined) throw new Error(`no chunk for ${name}`);
  return join(root, 'dist', 'cli', file);
}

describe('the CLI loads only what a command uses', () => {
  it('due, working-days and holidays load no zod and no validation code', () => {
    const graph = staticGraph(cliPath);
    expect([...graph].filter((module) => module === 'zod' || module.startsWith('zod/'))).toEqual([]);
    const code = [...graph].filter((module) => module.endsWith('.js')).map((module) => readFileSync(module, 'utf8')).join('\n');
    // They are in it: their help texts.
    for (const usage of ['due <timescale> <date>', 'working-days add <date> <n>', 'holidays <year> [options]']) expect(code).toContain(usage);
    // Text only the event schemas and createRuleSet's schema hold.
    expect(code).not.toMatch(/must have a known event type|must be a rule set or one of/);
  });

  it.each(['validate', 'timeline', 'ruleSetFile'])('%s does load zod (the check above can fail)', (name) => {
    expect([...staticGraph(commandFile(name))].some((module) => module === 'zod' || module.startsWith('zod/'))).toBe(true);
  });
});
