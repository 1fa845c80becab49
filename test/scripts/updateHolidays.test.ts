/*
 * `npm run update-holidays`: a maintainer merges a downloaded gov.uk feed into the vendored
 * copy. Each test works on copies of the vendored feed and data module in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedPath, modulePath } from '../../scripts/generate-holidays.js';
import { updateHolidays, type UpdatePaths } from '../../scripts/update-holidays.js';
import { calendarFromGovUkFeed, isWorkingDay } from '../../src/index.js';
import { vendoredFeed, withHoliday, withYears, type Feed } from '../support/feeds.js';

const PROCLAIMED = '2027-06-04'; // a hypothetical new bank holiday, a Friday

let dir: string;
let paths: UpdatePaths;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpp-update-'));
  paths = { feed: join(dir, 'govuk-bank-holidays.json'), module: join(dir, 'officialHolidays.generated.ts') };
  copyFileSync(feedPath, paths.feed);
  copyFileSync(modulePath, paths.module);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Saves a download fixture and returns its path. */
function download(content: Feed | string): string {
  const path = join(dir, 'download.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const held = () => ({ feed: readFileSync(paths.feed, 'utf8'), module: readFileSync(paths.module, 'utf8') });

describe('update-holidays', () => {
  it('reports a newly proclaimed holiday, merges it and regenerates the module', () => {
    // As gov.uk publishes it: a window of years (2019-2028), here with one new day and a renamed one.
    const fresh = withHoliday(withYears(vendoredFeed(), 2019, 2028), 'england-and-wales', PROCLAIMED, 'Extra bank holiday');
    const boxing = fresh.scotland.events.find((event) => event.date === '2027-12-28');
    if (boxing === undefined) throw new Error('fixture: no Scottish holiday on 2027-12-28');
    boxing.title = 'Boxing Day (substitute day)';
    const result = updateHolidays([download(fresh)], paths);
    expect(result.err).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.out.slice(0, 5)).toEqual([
      'england-and-wales:',
      `  added    ${PROCLAIMED}  Extra bank holiday`,
      'scotland:',
      '  renamed  2027-12-28  Boxing Day -> Boxing Day (substitute day)',
      'northern-ireland: no change',
    ]);
    const merged = JSON.parse(held().feed) as Feed;
    // Coverage never shrinks: the years before the download's window are still held.
    expect(merged['england-and-wales'].events[0]?.date).toBe('2012-01-02');
    expect(merged.scotland.events.filter((event) => event.date.startsWith('2012'))).toEqual(
      vendoredFeed().scotland.events.filter((event) => event.date.startsWith('2012')),
    );
    expect(held().module).toContain(`["${PROCLAIMED}", "Extra bank holiday"]`);
    const calendar = calendarFromGovUkFeed(merged, { division: 'england-and-wales' });
    expect(isWorkingDay(PROCLAIMED, { calendar })).toBe(false);
    expect(updateHolidays(['--check'], paths).exitCode).toBe(0);
  });

  it('lists the days a download drops, and writes the same files again for the same feed', () => {
    const before = held();
    expect(updateHolidays([download(vendoredFeed())], paths).out.slice(0, 3)).toEqual([
      'england-and-wales: no change',
      'scotland: no change',
      'northern-ireland: no change',
    ]);
    expect(held()).toEqual(before);
    const fewer = vendoredFeed();
    fewer['northern-ireland'].events = fewer['northern-ireland'].events.filter((event) => event.date !== '2026-07-13');
    expect(updateHolidays([download(fewer)], paths).out).toContain('  removed  2026-07-13  Battle of the Boyne (Orangemen’s Day)');
  });

  it('refuses a malformed feed with the path of each problem, and writes nothing', () => {
    const before = held();
    const bad = vendoredFeed();
    (bad['england-and-wales'].events[3] as { date: string }).date = '2027-13-01';
    (bad.scotland as { events: unknown }).events = 'none';
    const file = download(bad);
    const result = updateHolidays([file], paths);
    expect(result.exitCode).toBe(1);
    expect(result.err[0]).toContain(file);
    expect(result.err.slice(1)).toEqual([
      '  england-and-wales.events[3].date: must be a real date written YYYY-MM-DD',
      '  scotland.events: must be an array of holidays',
    ]);
    expect(held()).toEqual(before);
  });

  it.each([
    ['text that is not JSON', '<html>Service unavailable</html>'],
    ['a download without a division', JSON.stringify({ 'england-and-wales': vendoredFeed()['england-and-wales'] })],
    ['a download that would leave a gap of years', JSON.stringify(withYears(vendoredFeed(), 2019, 2019)).replaceAll('"2019-', '"2031-')],
  ])('refuses %s and writes nothing', (_what, text) => {
    const before = held();
    const result = updateHolidays([download(text)], paths);
    expect(result.exitCode).toBe(1);
    expect(result.err.join('\n')).toContain('nothing was written');
    expect(held()).toEqual(before);
  });

  it('--check exits 1 when the module is stale', () => {
    writeFileSync(paths.module, `${held().module}// edited by hand\n`);
    const result = updateHolidays(['--check'], paths);
    expect(result.exitCode).toBe(1);
    expect(result.err[0]).toContain('is stale');
  });

  it('is a usage error without a path', () => {
    expect(updateHolidays([], paths).exitCode).toBe(2);
  });

  it('runs as npm run update-holidays -- --check on the committed files', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    expect(execFileSync(tsx, ['scripts/update-holidays.ts', '--check'], { encoding: 'utf8' })).toContain('up to date');
  });
});
