import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../scripts/generate-docs.js';
import { timescaleIds, timescales } from '../../src/index.js';

describe('generated docs', () => {
  it('has at least the timescales table to check', () => {
    expect(generatedDocs.map((doc) => doc.path.replaceAll('\\', '/'))).toContainEqual(expect.stringMatching(/\/docs\/timescales\.md$/));
  });

  it.each(generatedDocs.map((doc) => [doc.path.replaceAll('\\', '/').replace(/^.*\/docs\//, 'docs/'), doc] as const))(
    'keeps %s on disk equal to its render (run `npm run docs` if this fails)',
    (_name, doc) => {
      expect(readFileSync(doc.path, 'utf8')).toBe(doc.render());
    },
  );

  it('gives every timescale id a row of docs/timescales.md with its source', () => {
    const doc = generatedDocs.find((entry) => entry.path.replaceAll('\\', '/').endsWith('/docs/timescales.md'));
    const text = doc?.render() ?? '';
    for (const id of timescaleIds) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row).toContain(timescales[id].source.replaceAll('|', '\\|'));
    }
  });
});
