import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, root } from './run.js';

/*
 * `due` and `working-days` must start without validation code (issue 11: cold start within
 * 1.3x `node -e 0`, timed by bench/coldStart.ts). Timing is too noisy for a test, so this
 * checks the cause instead: the modules each command loads, following the static imports of
 * the built chunks from dist/cli.js and the command's own file, never import zod.
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
  it.each(['due', 'workingDays', 'holidays'])('%s loads no zod and no event schemas', (name) => {
    const graph = new Set([...staticGraph(cliPath), ...staticGraph(commandFile(name))]);
    expect([...graph].filter((module) => module === 'zod' || module.startsWith('zod/'))).toEqual([]);
    const code = [...graph].filter((module) => module.endsWith('.js')).map((module) => readFileSync(module, 'utf8')).join('\n');
    // Text only the event schemas and createRuleSet's schema hold.
    expect(code).not.toMatch(/must have a known event type|must be a rule set or one of/);
  });

  it.each(['validate', 'timeline', 'ruleSetFile'])('%s does load zod (the check above can fail)', (name) => {
    expect(staticGraph(commandFile(name)).has('zod')).toBe(true);
  });
});
