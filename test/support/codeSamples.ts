/*
 * Code samples in Markdown that must show real outputs (the README's API tour, the guide and
 * the recipes). Every ```ts block is run: a line `expression; // → value` checks that the
 * expression equals the value, other lines run as they are (so `const` lines carry values to
 * later ones), and `await` may be used. Import lines are shown to readers and skipped here:
 * the library's exports, and whatever else a caller passes, are in scope as if imported.
 */
import { expect } from 'vitest';

const CHECK = /^(.*);\s*\/\/ → (.*)$/;

/** The ```ts blocks of a Markdown text. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

/** How many `// →` checks a text holds. */
export const checkCount = (text: string): number => text.match(/\/\/ →/g)?.length ?? 0;

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Runs a block with `scope`'s names bound, and expects each checked line's value; returns how many were checked. */
export async function runSample(block: string, scope: Readonly<Record<string, unknown>>): Promise<number> {
  const checks: { line: string; actual: unknown; expected: unknown }[] = [];
  const body = block
    .split('\n')
    // Import lines say where the names come from; the scope provides them.
    .filter((line) => !/^import .* from '[^']+';$/.test(line))
    .map((line) => {
      const match = CHECK.exec(line);
      return match === null ? line : `__check(${JSON.stringify(line)}, (${match[1]}), (${match[2]}));`;
    })
    .join('\n');
  const names = Object.keys(scope);
  const run = new AsyncFunction('__check', ...names, body);
  await run((line: string, actual: unknown, expected: unknown) => checks.push({ line, actual, expected }), ...names.map((name) => scope[name]));
  for (const { line, actual, expected } of checks) expect(actual, line).toEqual(expected);
  return checks.length;
}
