import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, toIsoDate } from '../../src/index.js';
import { expectCalendarError } from '../support/days.js';

const at = (instant: string): Date => new Date(instant);

describe('toIsoDate', () => {
  describe('in Europe/London, the default zone', () => {
    // 2026 clock changes (Summer Time Order / EU rule): forward at 01:00 UTC on Sun 29 Mar 2026
    // (GMT -> BST, UTC+1), back at 01:00 UTC on Sun 25 Oct 2026 (BST -> GMT).
    it.each([
      ['2026-03-28T23:30:00Z', '2026-03-28', 'GMT on the Saturday night before the clocks go forward: London is UTC'],
      ['2026-03-29T00:59:59Z', '2026-03-29', 'the last second of GMT before the change'],
      ['2026-03-29T01:00:00Z', '2026-03-29', 'the first instant of BST (02:00 in London)'],
      ['2026-03-29T22:59:59Z', '2026-03-29', 'one second before midnight BST on the day of the change'],
      ['2026-03-29T23:00:00Z', '2026-03-30', 'midnight BST: already Monday in London'],
      ['2026-07-01T23:30:00Z', '2026-07-02', 'summer: 00:30 BST the next day'],
      ['2026-10-24T22:59:59Z', '2026-10-24', 'one second before midnight BST on the Saturday before the clocks go back'],
      ['2026-10-24T23:30:00Z', '2026-10-25', 'BST on the night the clocks go back: 00:30 on Sunday in London'],
      ['2026-10-25T00:59:59Z', '2026-10-25', 'the last second of BST (01:59:59 BST)'],
      ['2026-10-25T01:00:00Z', '2026-10-25', 'the first instant of GMT again (01:00 GMT, the repeated hour)'],
      ['2026-10-25T23:30:00Z', '2026-10-25', 'GMT after the change: London is UTC again'],
      ['2026-10-28T23:30:00Z', '2026-10-28', 'a few days after the change (the doc-comment example)'],
      ['2026-12-31T23:59:59Z', '2026-12-31', 'the last second of the year in GMT'],
      ['2024-02-29T12:00:00Z', '2024-02-29', 'a leap day'],
    ])('maps %s to %s (%s)', (instant, expected) => {
      expect(toIsoDate(at(instant))).toBe(expected);
    });

    it('gives the same answer when the zone is passed explicitly', () => {
      expect(toIsoDate(at('2026-10-24T23:30:00Z'), 'Europe/London')).toBe('2026-10-25');
    });

    it('uses London even when the instant was written with another offset', () => {
      // 20:30 in New York (EDT, UTC-4) on 24 Oct is 01:30 BST on 25 Oct in London.
      expect(toIsoDate(at('2026-10-24T20:30:00-04:00'))).toBe('2026-10-25');
    });
  });

  describe('with an explicit time zone', () => {
    it.each([
      ['2026-10-24T23:30:00Z', 'UTC', '2026-10-24'],
      ['2026-07-01T23:30:00Z', 'UTC', '2026-07-01'],
      // Los Angeles: PST (UTC-8) until 10:00 UTC on 8 Mar 2026, then PDT (UTC-7).
      ['2026-03-08T07:59:00Z', 'America/Los_Angeles', '2026-03-07'],
      ['2026-03-09T06:30:00Z', 'America/Los_Angeles', '2026-03-08'],
      ['2026-03-09T07:30:00Z', 'America/Los_Angeles', '2026-03-09'],
      // Auckland: NZDT (UTC+13) until 14:00 UTC on 4 Apr 2026, then NZST (UTC+12).
      ['2026-04-04T11:30:00Z', 'Pacific/Auckland', '2026-04-05'],
      ['2026-04-05T11:30:00Z', 'Pacific/Auckland', '2026-04-05'],
      ['2026-04-05T12:30:00Z', 'Pacific/Auckland', '2026-04-06'],
      // A half-hour zone: 18:30 UTC is midnight in India (UTC+5:30).
      ['2026-01-01T18:29:59Z', 'Asia/Kolkata', '2026-01-01'],
      ['2026-01-01T18:30:00Z', 'Asia/Kolkata', '2026-01-02'],
      // Kiritimati is UTC+14: the first place where a day begins.
      ['2026-01-01T10:00:00Z', 'Pacific/Kiritimati', '2026-01-02'],
    ])('maps %s in %s to %s', (instant, zone, expected) => {
      expect(toIsoDate(at(instant), zone)).toBe(expected);
    });
  });

  it('returns INVALID_DATE for an invalid Date', () => {
    expectCalendarError(() => toIsoDate(new Date('not a date')), 'INVALID_DATE', 'instant');
    expectCalendarError(() => toIsoDate(new Date(Number.NaN), 'UTC'), 'INVALID_DATE', 'instant');
  });

  it.each([['Europe/Londn'], ['Mars/Olympus_Mons'], [''], ['+01:00'], ['London']])(
    'returns INVALID_ARGUMENT for the unknown time zone %j without echoing it',
    (zone) => {
      const error = expectCalendarError(() => toIsoDate(at('2026-01-01T00:00:00Z'), zone), 'INVALID_ARGUMENT', 'timeZone');
      if (zone !== '') expect(error.message).not.toContain(zone);
    },
  );

  it.each([
    ['a string', '2026-01-01'],
    ['a number', 1_767_225_600_000],
    ['null', null],
    ['undefined', undefined],
  ])('returns INVALID_ARGUMENT when the instant is %s', (_, value) => {
    const error = expectCalendarError(() => toIsoDate(value as unknown as Date), 'INVALID_ARGUMENT', 'instant');
    if (value !== null && value !== undefined) expect(error.message).not.toContain(String(value));
  });

  it('returns INVALID_DATE for instants whose date has no YYYY-MM-DD form', () => {
    // Intl writes 500 BC as year "501" of another era and 10000 CE with five digits.
    expectCalendarError(() => toIsoDate(at('-000500-06-01T00:00:00Z'), 'UTC'), 'INVALID_DATE', 'instant');
    expectCalendarError(() => toIsoDate(at('+010000-06-01T00:00:00Z'), 'UTC'), 'INVALID_DATE', 'instant');
    // 05:00 UTC on 1 Jan 1 CE is still 31 Dec 1 BC in Los Angeles.
    expectCalendarError(() => toIsoDate(at('0001-01-01T05:00:00Z'), 'America/Los_Angeles'), 'INVALID_DATE', 'instant');
    expect(toIsoDate(at('0001-01-01T05:00:00Z'), 'UTC')).toBe('0001-01-01');
    expect(toIsoDate(at('0500-06-01T00:00:00Z'), 'UTC')).toBe('0500-06-01');
    expect(toIsoDate(at('9999-12-31T23:59:59Z'), 'UTC')).toBe('9999-12-31');
  });

  it('agrees with toISOString in UTC for any instant in years 1-9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('0001-01-01T00:00:00Z'), max: at('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (instant) => {
          const result = toIsoDate(instant, 'UTC');
          expect(result).toBe(instant.toISOString().slice(0, 10));
          expect(isoDate(result)).toBe(result);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the UTC date or the UTC date an hour later in London, for any instant in 1996-2075', () => {
    // Since 1996 London is on GMT (UTC+0) or BST (UTC+1) only.
    fc.assert(
      fc.property(fc.date({ min: at('1996-01-01T00:00:00Z'), max: at('2075-12-31T22:00:00Z'), noInvalidDate: true }), (instant) => {
        const candidates = [instant.toISOString().slice(0, 10), new Date(instant.getTime() + 3_600_000).toISOString().slice(0, 10)];
        expect(candidates).toContain(toIsoDate(instant));
      }),
      { numRuns: 500 },
    );
  });
});
