import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as batch from '../../src/batch/index.js';
import * as library from '../../src/index.js';
import { runSample, tsBlocks } from '../support/codeSamples.js';

/*
 * The documentation site's guide and recipes (docs/guide.md, docs/recipes/*.md) show real
 * outputs: every ```ts block runs against the library (see test/support/codeSamples.ts), with
 * the batch subpath's exports and node:fs's readFileSync in scope for the samples that read a stored log. The site's first page
 * links every recipe, and TypeDoc is given every one.
 */
const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const recipes = readdirSync(`${docs}recipes`).filter((name) => name.endsWith('.md')).sort();
const pages = ['guide.md', ...recipes.map((name) => `recipes/${name}`)];
const scope = { readFileSync, ...library, ...batch };

describe('the guide and recipes', () => {
  it('has the recipes', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages)('%s has checked samples', (page) => {
    const blocks = tsBlocks(readFileSync(`${docs}${page}`, 'utf8'));
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(pages.flatMap((page) => tsBlocks(readFileSync(`${docs}${page}`, 'utf8')).map((block, position) => [page, position, block] as const)))(
    '%s block %i prints what it says',
    async (_page, _position, block) => {
      expect(await runSample(block, scope)).toBeGreaterThan(0);
    },
  );

  it('links every recipe from the first page, and gives each to TypeDoc', () => {
    const home = readFileSync(`${docs}README.md`, 'utf8');
    const typedoc = JSON.parse(readFileSync(fileURLToPath(new URL('../../typedoc.json', import.meta.url)), 'utf8')) as { projectDocuments: string[] };
    for (const recipe of recipes) {
      expect(home, recipe).toContain(`](recipes/${recipe})`);
      expect(typedoc.projectDocuments, recipe).toContain(`docs/recipes/${recipe}`);
    }
  });
});
