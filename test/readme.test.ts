import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';
import { checkCount, runSample, tsBlocks } from './support/codeSamples.js';

/* The README's API tour must show real outputs: every ```ts block of the tour is run (see test/support/codeSamples.ts). */
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const tour = readme.slice(readme.indexOf('## API tour'), readme.indexOf('## Documentation'));
const blocks = tsBlocks(tour);

describe('the README API tour', () => {
  it('has code blocks with checked outputs', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(checkCount(blocks.join('\n'))).toBeGreaterThanOrEqual(15);
  });

  it.each(blocks.map((block, position) => [position, block] as const))('block %i prints what it says', async (_, block) => {
    expect(await runSample(block, library)).toBeGreaterThan(0);
  });
});
