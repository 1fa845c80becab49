import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from './run.js';

beforeAll(ensureBuilt, 180_000);

describe('holidays', () => {
  it("prints a year's bank holidays as a table", () => {
    const result = cli(['holidays', '2026']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^England and Wales, 2026$/m);
    expect(result.stdout).toMatch(/^2026-12-28 +Monday +Boxing Day$/m);
    expect(result.stdout.match(/^2026-/gm)).toHaveLength(8);
  });

  it('--calendar scotland', () => {
    const result = cli(['holidays', '2026', '--calendar', 'scotland']);
    expect(result.stdout).toMatch(/^2026-11-30 +Monday +St Andrew’s Day$/m);
    expect(result.stdout).not.toContain('Easter Monday');
  });

  it('--json prints the library list; projected years are marked provisional', () => {
    const official = JSON.parse(cli(['holidays', '2026', '--json']).stdout);
    expect(official[0]).toEqual({ date: '2026-01-01', name: 'New Year’s Day', provisional: false });
    const projected = JSON.parse(cli(['holidays', '2040', '--calendar', 'northern-ireland', '--json']).stdout);
    expect(projected.every((day: { provisional: boolean }) => day.provisional)).toBe(true);
    expect(projected.map((day: { name: string }) => day.name)).toContain('St Patrick’s Day');
    expect(cli(['holidays', '2040']).stdout).toMatch(/provisional$/m);
  });

  it.each([
    ['26', 'year: must be a year written YYYY\n'],
    ['1900', "year: is outside the calendar's supported years"],
  ])('year %s is invalid input, exit 1', (year, message) => {
    const result = cli(['holidays', year]);
    expect(result.status).toBe(1);
    expect(result.stderr.startsWith(message)).toBe(true);
  });

  it('holidays 2027 --calendar scotland --json lists the days of Scotland', () => {
    const result = cli(['holidays', '2027', '--calendar', 'scotland', '--json']);
    expect(result.status).toBe(0);
    const names = JSON.parse(result.stdout).map((day: { name: string }) => day.name);
    expect(names).toContain('St Andrew’s Day');
    expect(names).not.toContain('Easter Monday');
  });

  it('--division is gone (it was renamed --calendar): a usage error that names --calendar', () => {
    const result = cli(['holidays', '2026', '--division', 'scotland']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option; --division is now --calendar');
  });

  it('--rule-set adds its extra holidays, and its --calendar sets the division', () => {
    const rules = JSON.stringify({
      name: 'Example council',
      calendar: { division: 'england-and-wales', extraHolidays: [{ date: '2027-06-07', name: 'Proclaimed holiday' }] },
    });
    const result = cli(['holidays', '2027', '--rule-set', '-', '--calendar', 'scotland', '--json'], rules);
    expect(result.status).toBe(0);
    const names = JSON.parse(result.stdout).map((day: { name: string }) => day.name);
    expect(names).toContain('Proclaimed holiday');
    expect(names).toContain('St Andrew’s Day');
  });
});
