import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

/*
 * The README's API tour must show real outputs. Every ```ts block of the tour is run against
 * the library: a line `expression; // → value` checks that the expression equals the value,
 * other lines run as they are (so `const` lines carry values to later ones).
 */
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const tour = readme.slice(readme.indexOf('## API tour'), readme.indexOf('## Documentation'));
const blocks = [...tour.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const CHECK = /^(.*);\s*\/\/ → (.*)$/;

describe('the README API tour', () => {
  it('has code blocks with checked outputs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.join('\n').match(/\/\/ →/g)?.length ?? 0).toBeGreaterThanOrEqual(15);
  });

  it.each(blocks.map((block, position) => [position, block] as const))('block %i prints what it says', (_, block) => {
    const checks: { line: string; actual: unknown; expected: unknown }[] = [];
    const body = block
      .split('\n')
      .map((line) => {
        const match = CHECK.exec(line);
        return match === null ? line : `__check(${JSON.stringify(line)}, (${match[1]}), (${match[2]}));`;
      })
      .join('\n');
    const names = Object.keys(library);
    const run = new Function('__check', ...names, body) as (...args: unknown[]) => void;
    run((line: string, actual: unknown, expected: unknown) => checks.push({ line, actual, expected }), ...names.map((name) => library[name as keyof typeof library]));
    expect(checks.length).toBeGreaterThan(0);
    for (const { line, actual, expected } of checks) expect(actual, line).toEqual(expected);
  });
});
