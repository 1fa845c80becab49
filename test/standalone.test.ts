/*
 * The repository stands alone: a user's clone has nothing beside it, so no tracked file may
 * point at a folder outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the repository stands alone', () => {
  it('has no tracked file that refers to a sibling folder outside the repository', () => {
    // git grep exits 1 when nothing matches; any match is listed in the failure.
    let matches = '';
    try {
      matches = execFileSync('git', ['grep', '-n', '-E', String.raw`\.\./(\.\./)*shared\b`, '--', '.'], {
        encoding: 'utf8',
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error;
    }
    expect(matches).toBe('');
  });
});
