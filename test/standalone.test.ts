/*
 * The repository stands alone: a user's clone has nothing beside it, so no tracked file may
 * point at a folder outside the repository, or at the team's private domain notes (domain
 * references point at docs/domain.md or at the primary source). And the README is read on the
 * npm page too, where a relative link leads nowhere.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The tracked files that match an extended regular expression, as `path:line:text` lines. */
function trackedMatches(pattern: string): string {
  // git grep exits 1 when nothing matches; any match is listed in the failure.
  try {
    return execFileSync('git', ['grep', '-n', '-E', pattern, '--', '.'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error;
    return '';
  }
}

describe('the repository stands alone', () => {
  it('has no tracked file that refers to a sibling folder outside the repository', () => {
    expect(trackedMatches(String.raw`\.\./(\.\./)*shared\b`)).toBe('');
  });

  it('has no tracked file that points readers at notes kept outside the repository', () => {
    expect(trackedMatches(String.raw`\bRULES\.md\b|ARCHITECTURE\.md|STYLE\.md`)).toBe('');
  });

  it('gives the README only links that work on the npm page: absolute URLs or anchors', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([]);
  });
});
