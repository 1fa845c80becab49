/*
 * The emergency track (issue 5): police protection (Children Act 1989 s46), emergency
 * protection orders (s44, s45) and child assessment orders (s43). Every expected moment was
 * worked out by hand; the comment above each case shows how.
 *
 * Clocks in Europe/London: British Summer Time began Sun 29 Mar 2026 at 01:00 GMT (clocks
 * forward to 02:00) and ends Sun 25 Oct 2026 at 02:00 BST (clocks back to 01:00).
 * England & Wales bank holidays used: Thu 25 and Fri 26 Dec 2025; Fri 3 Apr (Good Friday),
 * Mon 6 Apr (Easter Monday), Mon 25 May, Mon 31 Aug 2026; Sat 25 Dec 2027 is Christmas Day,
 * with Mon 27 and Tue 28 Dec 2027 the substitute days. Scotland's Mon 3 Aug 2026 is not one.
 *
 * - police protection: at most 72 elapsed hours (s46(6)); across a clock change the wall
 *   clock moves by 71 or 73 hours;
 * - EPO: at most 8 days (s45(1)), London calendar days; the day of making is excluded, so the
 *   order may run to the midnight that ends the 8th day after it (made Mon 5 Jan at 10:00, the
 *   days are 6-13 Jan, and it may run to the end of Tue 13 Jan); made on an application under
 *   s46(7) (`appliedDuringPoliceProtection: true`), the 8 days begin with the first day of
 *   police protection (s45(3)); when the 8th day is Christmas Day, Good Friday, a bank holiday
 *   or a Sunday, to noon on the first later day that is none of those (s45(2)): a Saturday is
 *   not one;
 * - one extension of at most 7 days (s45(5), (6));
 * - child assessment order: at most 7 days beginning with the date it specifies (s43(5)).
 *
 * The host's time zone never matters: no local-time Date API is used, and the suite runs
 * under TZ=America/Los_Angeles and TZ=Pacific/Auckland too.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEvents, dueItems, scotland, type CaseEvent } from '../../src/index.js';
import { weekdayOf } from '../support/days.js';
import { itemOf, refusalOf, stateOf, timescalesOf } from '../support/legalCases.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
function expectWeekday(date: string, weekday: (typeof weekdays)[number]): void {
  expect(weekdays[weekdayOf(date)], date).toBe(weekday);
}
const HOUR = 3_600_000;
const hoursBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / HOUR;

const ppStarted = (date: string, at: string): CaseEvent => ({ type: 'policeProtectionStarted', date, at });
const ppEnded = (date: string, at: string): CaseEvent => ({ type: 'policeProtectionEnded', date, at });
const epoMade = (date: string, at: string, endsAt?: string): CaseEvent =>
  endsAt === undefined ? { type: 'emergencyProtectionOrderMade', date, at } : { type: 'emergencyProtectionOrderMade', date, at, endsAt };
/** An order made on the designated officer's application under s46(7) (s45(3)). */
const epoOnPoliceApplication = (date: string, at: string, endsAt?: string): CaseEvent => ({
  ...epoMade(date, at, endsAt),
  appliedDuringPoliceProtection: true,
} as CaseEvent);
const epoExtended = (date: string, at: string, endsAt: string): CaseEvent => ({ type: 'emergencyProtectionOrderExtended', date, at, endsAt });

/** The latest end of an order, as the state holds it. */
const orderEnd = (events: readonly CaseEvent[], options?: Parameters<typeof stateOf>[1]): string | undefined =>
  stateOf(events, options).emergency.emergencyProtectionOrder?.endsAt;

describe('police protection ends 72 elapsed hours after it starts (s46(6))', () => {
  it('across the March clock change: Sat 28 Mar 2026 22:15 GMT ends Tue 31 Mar 23:15 BST', () => {
    // 72 hours after 22:15Z on Sat 28 Mar is 22:15Z on Tue 31 Mar; by then London is on BST
    // (UTC+1), so the wall clock reads 23:15: 73 wall-clock hours, 72 real ones.
    expectWeekday('2026-03-28', 'Sat');
    expectWeekday('2026-03-31', 'Tue');
    const state = stateOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z')]);
    expect(state.emergency.policeProtection).toEqual({ startedAt: '2026-03-28T22:15:00Z', endsAt: '2026-03-31T23:15:00+01:00' });
    const item = itemOf(state, 'policeProtection', '2026-03-28');
    expect(item).toMatchObject({
      from: '2026-03-28T22:15:00Z',
      due: '2026-03-31',
      dueAt: '2026-03-31T23:15:00+01:00',
      kind: 'limit',
      status: 'upcoming',
    });
    expect(hoursBetween(item.from, item.dueAt as string)).toBe(72);
    expect(item.rule.source).toBe('Children Act 1989 s46(6)');
  });

  it('across the October clock change: Sat 24 Oct 2026 22:15 BST ends Tue 27 Oct 21:15 GMT', () => {
    // 22:15 BST = 21:15Z; + 72 hours = 21:15Z on Tue 27 Oct, and London is back on GMT: the
    // wall clock reads 21:15, 71 wall-clock hours after 22:15.
    expectWeekday('2026-10-24', 'Sat');
    expectWeekday('2026-10-27', 'Tue');
    const item = itemOf(stateOf([ppStarted('2026-10-24', '2026-10-24T22:15:00+01:00')]), 'policeProtection', '2026-10-24');
    expect(item).toMatchObject({ due: '2026-10-27', dueAt: '2026-10-27T21:15:00+00:00' });
    expect(hoursBetween(item.from, item.dueAt as string)).toBe(72);
  });

  it('with no clock change the wall clock moves by 72 hours too, in winter and in summer', () => {
    expect(itemOf(stateOf([ppStarted('2026-01-10', '2026-01-10T09:30:00Z')]), 'policeProtection', '2026-01-10').dueAt).toBe('2026-01-13T09:30:00+00:00');
    // 08:00 at UTC-4 = 12:00Z = 13:00 BST on Wed 1 Jul; + 72 hours = 13:00 BST on Sat 4 Jul.
    expect(itemOf(stateOf([ppStarted('2026-07-01', '2026-07-01T08:00:00-04:00')]), 'policeProtection', '2026-07-01').dueAt).toBe('2026-07-04T13:00:00+01:00');
  });

  it('a protection that started after midnight in London but before midnight UTC is dated by London', () => {
    // 23:30Z on Wed 10 Jun 2026 is 00:30 BST on Thu 11 Jun.
    const state = stateOf([ppStarted('2026-06-11', '2026-06-10T23:30:00Z')]);
    expect(itemOf(state, 'policeProtection', '2026-06-11')).toMatchObject({ due: '2026-06-14', dueAt: '2026-06-14T00:30:00+01:00' });
  });

  describe('ending police protection is judged by the instant, not the date', () => {
    const started = ppStarted('2026-03-28', '2026-03-28T22:15:00Z');

    it('ended 25 minutes after the 72 hours, on the due date itself, it is met late', () => {
      const state = stateOf([started, ppEnded('2026-03-31', '2026-03-31T23:40:00+01:00')]);
      const item = itemOf(state, 'policeProtection', '2026-03-31');
      expect(item).toMatchObject({ due: '2026-03-31', metOn: '2026-03-31', status: 'metLate' });
      expect(item.explanation).toContain('met late on 2026-03-31T23:40:00+01:00');
      expect(state.emergency.policeProtection).toBeUndefined();
    });

    it('ended at the 72nd hour exactly, however it is written, it is met', () => {
      for (const at of ['2026-03-31T23:15:00+01:00', '2026-03-31T22:15:00Z']) {
        expect(itemOf(stateOf([started, ppEnded('2026-03-31', at)]), 'policeProtection', '2026-03-31').status).toBe('met');
      }
    });

    it('ended one minute late, written in UTC, it is met late', () => {
      expect(itemOf(stateOf([started, ppEnded('2026-03-31', '2026-03-31T22:16:00Z')]), 'policeProtection', '2026-03-31').status).toBe('metLate');
    });

    it('ended after midnight, the day after the due date, it is met late', () => {
      expect(itemOf(stateOf([started, ppEnded('2026-04-01', '2026-04-01T00:10:00+01:00')]), 'policeProtection', '2026-04-01')).toMatchObject({
        metOn: '2026-04-01',
        status: 'metLate',
      });
    });

    it('not yet ended after the 72 hours, it is overdue', () => {
      const state = stateOf([started]);
      expect(itemOf(state, 'policeProtection', '2026-03-31').status).toBe('dueToday');
      expect(itemOf(state, 'policeProtection', '2026-04-01').status).toBe('overdue');
    });
  });

  describe('refusals', () => {
    it('police protection ended before it started is refused', () => {
      // Same London date (Sat 28 Mar, GMT), so the log is in order; the instant is earlier.
      const error = refusalOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z'), ppEnded('2026-03-28', '2026-03-28T21:00:00Z')]);
      expect(error.code).toBe('INVALID_EVENT');
      expect(error.issues).toEqual([{ path: ['at'], code: 'custom', message: 'must not be before police protection started' }]);
    });

    it('police protection ended on an earlier date than it started is out of order', () => {
      expect(refusalOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z'), ppEnded('2026-03-27', '2026-03-27T21:00:00Z')]).code).toBe('OUT_OF_ORDER');
    });

    it('ending police protection that never started is refused', () => {
      const error = refusalOf([ppEnded('2026-03-28', '2026-03-28T22:15:00Z')]);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe('the child is not in police protection');
      expect(error.allowed).not.toContain('policeProtectionEnded');
    });

    it('starting police protection while the child is in it is refused', () => {
      const error = refusalOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z'), ppStarted('2026-03-29', '2026-03-29T10:00:00+01:00')]);
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe('the child is already in police protection');
    });

    it.each([
      ['the UTC date, when London is already on the next day', '2026-06-10', '2026-06-10T23:30:00Z'],
      ['the date written in an offset that is not London\'s', '2026-01-11', '2026-01-11T00:30:00+01:00'],
    ])('an event whose date is %s is refused: date must be the London date of at', (_, date, at) => {
      const error = refusalOf([ppStarted(date, at)]);
      expect(error.code).toBe('INVALID_EVENT');
      expect(error.issues).toEqual([{ path: ['date'], code: 'custom', message: 'must be the London date of at' }]);
    });

    it('every event with an at is held to its London date, the EPO and its extension too', () => {
      expect(refusalOf([epoMade('2026-06-10', '2026-06-10T23:30:00Z')]).code).toBe('INVALID_EVENT');
      expect(
        refusalOf([epoMade('2026-06-11', '2026-06-11T10:00:00+01:00'), epoExtended('2026-06-12', '2026-06-12T23:30:00Z', '2026-06-20T10:00:00+01:00')]).code,
      ).toBe('INVALID_EVENT');
    });
  });

  it('a new police protection may start after the last one ended', () => {
    const state = stateOf([
      ppStarted('2026-03-28', '2026-03-28T22:15:00Z'),
      ppEnded('2026-03-30', '2026-03-30T09:00:00+01:00'),
      ppStarted('2026-05-02', '2026-05-02T18:00:00+01:00'),
    ]);
    expect(state.emergency.policeProtection?.endsAt).toBe('2026-05-05T18:00:00+01:00');
    expect(dueItems(state, { asOf: '2026-05-02' }).map((item) => item.status)).toEqual(['met', 'upcoming']);
  });
});

describe('emergency protection orders last at most 8 days (s45(1))', () => {
  it('made Wed 14 Jan 2026 at 15:30, an order runs at most to the end of Thu 22 Jan, the 8th day after', () => {
    // The day of making is excluded: 15, 16, 17, 18, 19, 20, 21, 22 Jan are the 8 days.
    expectWeekday('2026-01-22', 'Thu');
    const state = stateOf([epoMade('2026-01-14', '2026-01-14T15:30:00Z')]);
    expect(state.emergency.emergencyProtectionOrder).toEqual({ madeAt: '2026-01-14T15:30:00Z', endsAt: '2026-01-23T00:00:00+00:00', extended: false });
    const item = itemOf(state, 'emergencyProtectionOrder', '2026-01-14');
    // `due` is the 8th day; `dueAt` the midnight that ends it.
    expect(item).toMatchObject({ from: '2026-01-14T15:30:00Z', due: '2026-01-22', dueAt: '2026-01-23T00:00:00+00:00', kind: 'limit', status: 'upcoming' });
    expect(item.rule.source).toBe('Children Act 1989 s45(1)-(3)');
  });

  it('made Mon 5 Jan 2026 at 10:00, an order the court makes to end Tue 13 Jan at 16:00 is accepted', () => {
    // 6, 7, 8, 9, 10, 11, 12, 13 Jan: the 8th day is Tue 13 Jan, and 16:00 is inside it
    // (before this correction the limit was 13 Jan 10:00, 8 x 24 hours, and this was refused).
    expectWeekday('2026-01-13', 'Tue');
    const state = stateOf([epoMade('2026-01-05', '2026-01-05T10:00:00Z', '2026-01-13T16:00:00Z')]);
    expect(itemOf(state, 'emergencyProtectionOrder', '2026-01-05')).toMatchObject({ due: '2026-01-13', dueAt: '2026-01-13T16:00:00+00:00' });
  });

  it('an order the court sets to end at the midnight ending the 8th day is accepted, and one a minute longer is refused', () => {
    expect(orderEnd([epoMade('2026-01-14', '2026-01-14T15:30:00Z', '2026-01-23T00:00:00Z')])).toBe('2026-01-23T00:00:00+00:00');
    const error = refusalOf([epoMade('2026-01-14', '2026-01-14T15:30:00Z', '2026-01-23T00:01:00Z')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(
      'an emergency protection order cannot last more than 8 days (Children Act 1989 s45(1)-(3)): the latest end is 2026-01-23T00:00:00+00:00',
    );
  });

  it('the making time does not matter: made at 00:05 or 23:55 on Wed 14 Jan, the limit is the end of Thu 22 Jan', () => {
    for (const at of ['2026-01-14T00:05:00Z', '2026-01-14T23:55:00Z']) expect(orderEnd([epoMade('2026-01-14', at)]), at).toBe('2026-01-23T00:00:00+00:00');
  });

  it('a shorter order is kept as the court set it, in London time', () => {
    // 16:00Z on Mon 6 Jul 2026 is 17:00 BST.
    const state = stateOf([epoMade('2026-07-01', '2026-07-01T10:00:00+01:00', '2026-07-06T16:00:00Z')]);
    expect(itemOf(state, 'emergencyProtectionOrder', '2026-07-01')).toMatchObject({ due: '2026-07-06', dueAt: '2026-07-06T17:00:00+01:00' });
  });

  it('an order ending before it was made is refused', () => {
    const error = refusalOf([epoMade('2026-01-14', '2026-01-14T15:30:00Z', '2026-01-14T15:00:00Z')]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues).toEqual([{ path: ['endsAt'], code: 'custom', message: 'must be after the order is made' }]);
  });

  it('the 8 days are London calendar days across the October clock change: made Tue 20 Oct, to the end of Wed 28 Oct GMT', () => {
    // 21-28 Oct; the clocks go back on Sun 25 Oct, so the end is midnight GMT.
    expectWeekday('2026-10-28', 'Wed');
    expect(orderEnd([epoMade('2026-10-20', '2026-10-20T10:00:00+01:00')])).toBe('2026-10-29T00:00:00+00:00');
    expect(hoursBetween('2026-10-20T10:00:00+01:00', '2026-10-29T00:00:00+00:00')).toBe(207);
  });

  it('the 8 days are London calendar days across the March clock change: made Wed 25 Mar, to the end of Thu 2 Apr BST', () => {
    // 26 Mar-2 Apr; Thu 2 Apr 2026 is Maundy Thursday, not a public holiday.
    expectWeekday('2026-04-02', 'Thu');
    expect(orderEnd([epoMade('2026-03-25', '2026-03-25T10:00:00Z')])).toBe('2026-04-03T00:00:00+01:00');
    expect(refusalOf([epoMade('2026-03-25', '2026-03-25T10:00:00Z', '2026-04-03T00:00:01+01:00')]).code).toBe('INVALID_TRANSITION');
  });

  it('the day of making is the London date: 23:30Z on Wed 10 Jun 2026 is Thu 11 Jun, so the 8th day is Fri 19 Jun', () => {
    expectWeekday('2026-06-19', 'Fri');
    expect(orderEnd([epoMade('2026-06-11', '2026-06-10T23:30:00Z')])).toBe('2026-06-20T00:00:00+01:00');
  });

  it('a second order while one is in force is refused', () => {
    const error = refusalOf([epoMade('2026-01-14', '2026-01-14T15:30:00Z'), epoMade('2026-01-16', '2026-01-16T09:00:00Z')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('an emergency protection order is already in force');
  });

  it('ending the order meets its limit and clears it', () => {
    const state = stateOf([epoMade('2026-01-14', '2026-01-14T15:30:00Z'), { type: 'emergencyProtectionOrderEnded', date: '2026-01-20' }]);
    expect(state.emergency.emergencyProtectionOrder).toBeUndefined();
    expect(itemOf(state, 'emergencyProtectionOrder', '2026-01-20')).toMatchObject({ status: 'met', metOn: '2026-01-20' });
    expect(allowedEvents(state)).not.toContain('emergencyProtectionOrderExtended');
  });

  it('ending an order that was never made is refused', () => {
    expect(refusalOf([{ type: 'emergencyProtectionOrderEnded', date: '2026-01-20' }]).code).toBe('INVALID_TRANSITION');
  });
});

describe('an order made on an application under s46(7): 8 days beginning with the first day of police protection (s45(3))', () => {
  it('protection from Sat 28 Mar 2026: the 8 days are 28 Mar to Sat 4 Apr, so the order runs at most to midnight', () => {
    // 28, 29, 30, 31 Mar, 1, 2, 3, 4 Apr: the 8th day is Saturday 4 Apr, not a public holiday
    // (Good Friday, 3 Apr, is the 7th). The order ends at the midnight that ends 4 Apr.
    expectWeekday('2026-04-04', 'Sat');
    const state = stateOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z'), epoOnPoliceApplication('2026-03-30', '2026-03-30T11:00:00+01:00')]);
    expect(state.emergency.emergencyProtectionOrder?.endsAt).toBe('2026-04-05T00:00:00+01:00');
    // The period is counted from the first day of police protection, not from the making.
    expect(itemOf(state, 'emergencyProtectionOrder', '2026-03-30')).toMatchObject({ from: '2026-03-28', due: '2026-04-04', dueAt: '2026-04-05T00:00:00+01:00' });
  });

  it('an order made during police protection on another application counts from its making (s45(1)), not inferred from the timing', () => {
    // Made Mon 30 Mar: 31 Mar-7 Apr, the 8th day Tue 7 Apr (Easter Monday is the 7th), to its end.
    const state = stateOf([ppStarted('2026-03-28', '2026-03-28T22:15:00Z'), epoMade('2026-03-30', '2026-03-30T11:00:00+01:00')]);
    expect(state.emergency.emergencyProtectionOrder?.endsAt).toBe('2026-04-08T00:00:00+01:00');
    expect(itemOf(state, 'emergencyProtectionOrder', '2026-03-30')).toMatchObject({ from: '2026-03-30T11:00:00+01:00', due: '2026-04-07' });
  });

  it('an order marked as applied for during police protection when the child is not in it is refused', () => {
    const error = refusalOf([epoOnPoliceApplication('2026-03-30', '2026-03-30T11:00:00+01:00')]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues?.[0]?.path).toEqual(['appliedDuringPoliceProtection']);
  });

  it('an order set to run a second past that midnight is refused', () => {
    const error = refusalOf([
      ppStarted('2026-03-28', '2026-03-28T22:15:00Z'),
      epoOnPoliceApplication('2026-03-30', '2026-03-30T11:00:00+01:00', '2026-04-05T00:00:01+01:00'),
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toContain('the latest end is 2026-04-05T00:00:00+01:00');
  });

  it('the first day of police protection is its London date: 23:30Z on Wed 10 Jun 2026 is Thu 11 Jun', () => {
    // 8 days beginning with Thu 11 Jun: the 8th is Thu 18 Jun, so the order ends at the
    // midnight before Fri 19 Jun. Counting from the UTC date would stop a day early.
    expectWeekday('2026-06-18', 'Thu');
    const state = stateOf([ppStarted('2026-06-11', '2026-06-10T23:30:00Z'), epoOnPoliceApplication('2026-06-12', '2026-06-12T10:00:00+01:00')]);
    expect(state.emergency.emergencyProtectionOrder?.endsAt).toBe('2026-06-19T00:00:00+01:00');
  });

  it('once police protection has ended, an order made later counts its 8 days from the making', () => {
    // Made Sun 11 Jan 2026 14:00 GMT, after the protection ended: 12-19 Jan, to the end of Mon 19 Jan.
    const state = stateOf([
      ppStarted('2026-01-10', '2026-01-10T09:30:00Z'),
      ppEnded('2026-01-11', '2026-01-11T10:00:00Z'),
      epoMade('2026-01-11', '2026-01-11T14:00:00Z'),
    ]);
    expect(state.emergency.emergencyProtectionOrder?.endsAt).toBe('2026-01-20T00:00:00+00:00');
  });
});

describe('when the 8th day is a public holiday the order may run to noon on the next day that is not (s45(2))', () => {
  it('8th day Good Friday 3 Apr 2026: to noon on Saturday 4 Apr, as a Saturday is not a public holiday', () => {
    // Made Thu 26 Mar: 27 Mar-3 Apr, the 8th day Fri 3 Apr, Good Friday.
    expectWeekday('2026-04-03', 'Fri');
    expect(orderEnd([epoMade('2026-03-26', '2026-03-26T14:00:00Z')])).toBe('2026-04-04T12:00:00+01:00');
  });

  it('8th day Good Friday counted from police protection on Fri 27 Mar: also to noon on Saturday 4 Apr', () => {
    // 27, 28, 29, 30, 31 Mar, 1, 2, 3 Apr: the 8th day is Good Friday.
    const events = [ppStarted('2026-03-27', '2026-03-27T18:00:00Z'), epoOnPoliceApplication('2026-03-28', '2026-03-28T10:00:00Z')];
    expect(orderEnd(events)).toBe('2026-04-04T12:00:00+01:00');
    expect(itemOf(stateOf(events), 'emergencyProtectionOrder', '2026-03-28')).toMatchObject({ from: '2026-03-27', due: '2026-04-04' });
  });

  it('8th day Easter Sunday 5 Apr 2026: Easter Monday is a bank holiday too, so to noon on Tue 7 Apr', () => {
    // Made Sat 28 Mar: 29 Mar-5 Apr, the 8th day Sun 5 Apr.
    expectWeekday('2026-04-05', 'Sun');
    expectWeekday('2026-04-07', 'Tue');
    expect(orderEnd([epoMade('2026-03-28', '2026-03-28T16:00:00Z')])).toBe('2026-04-07T12:00:00+01:00');
  });

  it('8th day an ordinary Sunday, 18 Jan 2026: to noon on Monday 19 Jan', () => {
    expectWeekday('2026-01-18', 'Sun');
    expect(orderEnd([epoMade('2026-01-10', '2026-01-10T12:00:00Z')])).toBe('2026-01-19T12:00:00+00:00');
  });

  it('8th day an ordinary Saturday, 17 Jan 2026: no change, to the end of the Saturday', () => {
    expectWeekday('2026-01-17', 'Sat');
    expect(orderEnd([epoMade('2026-01-09', '2026-01-09T09:00:00Z')])).toBe('2026-01-18T00:00:00+00:00');
  });

  it('8th day the spring bank holiday, Mon 25 May 2026: to noon on Tue 26 May', () => {
    expectWeekday('2026-05-25', 'Mon');
    expect(orderEnd([epoMade('2026-05-17', '2026-05-17T09:00:00+01:00')])).toBe('2026-05-26T12:00:00+01:00');
  });

  it('8th day Christmas Day, Thu 25 Dec 2025: past Boxing Day (Fri 26) to noon on Saturday 27 Dec', () => {
    expectWeekday('2025-12-25', 'Thu');
    expectWeekday('2025-12-27', 'Sat');
    expect(orderEnd([epoMade('2025-12-17', '2025-12-17T16:00:00Z')])).toBe('2025-12-27T12:00:00+00:00');
  });

  it('8th day Christmas Day on a Saturday, 25 Dec 2027: past Sunday and the two substitute days to noon on Wed 29 Dec', () => {
    // Sat 25 (Christmas Day), Sun 26 (a Sunday), Mon 27 and Tue 28 (bank holidays in place of
    // Christmas Day and Boxing Day): the first later day that is none of these is Wed 29.
    expectWeekday('2027-12-25', 'Sat');
    expectWeekday('2027-12-29', 'Wed');
    expect(orderEnd([epoMade('2027-12-17', '2027-12-17T10:00:00Z')])).toBe('2027-12-29T12:00:00+00:00');
  });

  it('Scotland\'s August bank holiday (Mon 3 Aug 2026) is not a public holiday for an English order', () => {
    expect(orderEnd([epoMade('2026-07-26', '2026-07-26T09:00:00+01:00')])).toBe('2026-08-04T00:00:00+01:00');
  });

  it('the England & Wales holidays apply even when the case counts working days in the Scotland calendar', () => {
    // 8th day Mon 31 Aug 2026, the England & Wales summer bank holiday (not Scotland's).
    expectWeekday('2026-08-31', 'Mon');
    expect(orderEnd([epoMade('2026-08-23', '2026-08-23T09:00:00+01:00')], { calendar: scotland })).toBe('2026-09-01T12:00:00+01:00');
    expect(orderEnd([epoMade('2026-07-26', '2026-07-26T09:00:00+01:00')], { calendar: scotland })).toBe('2026-08-04T00:00:00+01:00');
  });

  it('a court may still set a shorter order over a holiday', () => {
    expect(orderEnd([epoMade('2026-03-26', '2026-03-26T14:00:00Z', '2026-04-02T17:00:00+01:00')])).toBe('2026-04-02T17:00:00+01:00');
  });
});

describe('extending an emergency protection order (s45(4)-(6))', () => {
  // Made Wed 14 Jan 2026 15:30 GMT; may run to the end of Thu 22 Jan (midnight 23 Jan); an
  // extension may run 7 more calendar days, to the end of Thu 29 Jan (midnight 30 Jan).
  const made = epoMade('2026-01-14', '2026-01-14T15:30:00Z');

  it('one extension of up to 7 days replaces the order\'s limit with the extended one', () => {
    const state = stateOf([made, epoExtended('2026-01-22', '2026-01-22T10:00:00Z', '2026-01-30T00:00:00Z')]);
    expect(state.emergency.emergencyProtectionOrder).toEqual({ madeAt: '2026-01-14T15:30:00Z', endsAt: '2026-01-30T00:00:00+00:00', extended: true });
    expect(timescalesOf(state, '2026-01-22')).toEqual(['emergencyProtectionOrderExtension']);
    const item = itemOf(state, 'emergencyProtectionOrderExtension', '2026-01-22');
    expect(item).toMatchObject({ from: '2026-01-23T00:00:00+00:00', due: '2026-01-29', dueAt: '2026-01-30T00:00:00+00:00', kind: 'limit' });
    expect(item.rule.source).toBe('Children Act 1989 s45(4)-(6)');
    expect(allowedEvents(state)).not.toContain('emergencyProtectionOrderExtended');
  });

  it('an extension of more than 7 days is refused, naming s45(5)', () => {
    const error = refusalOf([made, epoExtended('2026-01-22', '2026-01-22T10:00:00Z', '2026-01-30T00:01:00Z')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('an extension cannot exceed 7 days (Children Act 1989 s45(5)): the latest end is 2026-01-30T00:00:00+00:00');
  });

  it('a second extension is refused, naming s45(6)', () => {
    const error = refusalOf([
      made,
      epoExtended('2026-01-20', '2026-01-20T10:00:00Z', '2026-01-25T15:30:00Z'),
      epoExtended('2026-01-24', '2026-01-24T10:00:00Z', '2026-01-29T15:30:00Z'),
    ]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('an emergency protection order may be extended only once (Children Act 1989 s45(6))');
  });

  it('an extension after the order has run out is refused', () => {
    const error = refusalOf([made, epoExtended('2026-01-23', '2026-01-23T00:00:00Z', '2026-01-29T15:30:00Z')]);
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('there is no emergency protection order in force to extend');
  });

  it('an extension that does not move the end later is refused', () => {
    const error = refusalOf([made, epoExtended('2026-01-20', '2026-01-20T10:00:00Z', '2026-01-23T00:00:00Z')]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues).toEqual([{ path: ['endsAt'], code: 'custom', message: 'must be after the current end of the order' }]);
  });

  it('the 7 days are calendar days across the October clock change: 10:00 BST Thu 22 Oct to 10:00 GMT Thu 29 Oct', () => {
    const state = stateOf([
      epoMade('2026-10-14', '2026-10-14T10:00:00+01:00'),
      epoExtended('2026-10-21', '2026-10-21T09:00:00+01:00', '2026-10-29T10:00:00+00:00'),
    ]);
    expect(state.emergency.emergencyProtectionOrder?.endsAt).toBe('2026-10-29T10:00:00+00:00');
  });

  it('an order that ran to noon over Easter may be extended to noon 7 days later', () => {
    // The order ends at noon on Sat 4 Apr 2026 (s45(2)); 7 days on is noon Sat 11 Apr.
    const made = epoMade('2026-03-26', '2026-03-26T14:00:00Z');
    expect(orderEnd([made, epoExtended('2026-04-02', '2026-04-02T10:00:00+01:00', '2026-04-11T12:00:00+01:00')])).toBe('2026-04-11T12:00:00+01:00');
    expect(refusalOf([made, epoExtended('2026-04-02', '2026-04-02T10:00:00+01:00', '2026-04-11T12:01:00+01:00')]).code).toBe('INVALID_TRANSITION');
  });
});

describe('child assessment orders (s43(5))', () => {
  const made = (startsOn: string, days: number, date = '2026-02-02'): CaseEvent => ({ type: 'childAssessmentOrderMade', date, startsOn, days });

  it('an order of 7 days beginning with Wed 4 Feb 2026 ends on Tue 10 Feb (startsOn + days - 1)', () => {
    expectWeekday('2026-02-04', 'Wed');
    expectWeekday('2026-02-10', 'Tue');
    const state = stateOf([made('2026-02-04', 7)]);
    expect(state.emergency.childAssessmentOrder).toEqual({ startsOn: '2026-02-04', endsOn: '2026-02-10' });
    expect(itemOf(state, 'childAssessmentOrder', '2026-02-02')).toMatchObject({ from: '2026-02-04', due: '2026-02-10', kind: 'limit' });
  });

  it('an order of 1 day ends on the day it begins', () => {
    expect(stateOf([made('2026-02-04', 1)]).emergency.childAssessmentOrder?.endsOn).toBe('2026-02-04');
  });

  it.each([
    [0, 'too_small'],
    [8, 'too_big'],
    [3.5, 'invalid_type'],
  ])('an order of %s days is refused by the schema (%s)', (days, code) => {
    const error = refusalOf([made('2026-02-04', days)]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues).toEqual([{ path: ['days'], code, message: 'must be a whole number of days from 1 to 7' }]);
  });

  it('an order beginning before the day it is made is refused', () => {
    const error = refusalOf([made('2026-02-01', 7)]);
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.issues).toEqual([{ path: ['startsOn'], code: 'custom', message: 'must not be before the order is made' }]);
  });

  it('a second order overlapping the first is refused; one beginning after it ended is allowed', () => {
    expect(refusalOf([made('2026-02-04', 7), made('2026-02-10', 3, '2026-02-09')]).code).toBe('INVALID_TRANSITION');
    expect(stateOf([made('2026-02-04', 7), made('2026-02-11', 3, '2026-02-09')]).emergency.childAssessmentOrder).toEqual({
      startsOn: '2026-02-11',
      endsOn: '2026-02-13',
    });
  });
});

describe('properties over 2025-2027, checked against the gov.uk feed and Intl, not the library', () => {
  const feed = JSON.parse(readFileSync(new URL('../../data/govuk-bank-holidays.json', import.meta.url), 'utf8')) as {
    'england-and-wales': { events: { date: string }[] };
  };
  const bankHolidays = new Set(feed['england-and-wales'].events.map((event) => event.date));
  const london = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'longOffset',
  });
  /** The London wall clock of an instant: date, HH:MM and offset. */
  function wall(ms: number): { date: string; time: string; offset: string } {
    const parts = Object.fromEntries(london.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
    const zone = parts.timeZoneName as string;
    return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, offset: zone === 'GMT' ? '+00:00' : zone.slice(3) };
  }
  const dayAfter = (date: string, days = 1): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const isPublicHoliday = (date: string): boolean => weekdayOf(date) === 0 || bankHolidays.has(date);
  /** Instants on whole minutes from 2025 to mid-December 2027. */
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2027, 11, 15) / 60_000 }).map((minutes) => minutes * 60_000);

  it('police protection always ends 72 real hours later, written in the London offset of that moment', () => {
    fc.assert(
      fc.property(instant, (start) => {
        const at = new Date(start).toISOString();
        const item = itemOf(stateOf([ppStarted(wall(start).date, at)]), 'policeProtection', wall(start).date);
        const end = start + 72 * HOUR;
        expect(Date.parse(item.dueAt as string)).toBe(end);
        expect(item.dueAt).toBe(`${wall(end).date}T${wall(end).time}:00${wall(end).offset}`);
        expect(item.due).toBe(wall(end).date);
      }),
      { numRuns: 300 },
    );
  });

  it('an order made on its own ends at the midnight after the 8th day after the making, or at noon after a public holiday', () => {
    fc.assert(
      fc.property(instant, (made) => {
        const { date } = wall(made);
        const endsAt = orderEnd([epoMade(date, new Date(made).toISOString())]) as string;
        const end = wall(Date.parse(endsAt));
        const eighth = dayAfter(date, 8);
        if (!isPublicHoliday(eighth)) {
          expect({ date: end.date, time: end.time }).toEqual({ date: dayAfter(eighth), time: '00:00' });
        } else {
          let day = dayAfter(eighth);
          while (isPublicHoliday(day)) day = dayAfter(day);
          expect({ date: end.date, time: end.time }).toEqual({ date: day, time: '12:00' });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an order made on an application under s46(7) ends at the midnight after the 8th day of protection, or at noon after a public holiday', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 71 }), (start, hoursLater) => {
        const made = start + hoursLater * HOUR;
        const endsAt = orderEnd([
          ppStarted(wall(start).date, new Date(start).toISOString()),
          epoOnPoliceApplication(wall(made).date, new Date(made).toISOString()),
        ]) as string;
        const end = wall(Date.parse(endsAt));
        const eighth = dayAfter(wall(start).date, 7);
        if (!isPublicHoliday(eighth)) {
          expect({ date: end.date, time: end.time }).toEqual({ date: dayAfter(eighth), time: '00:00' });
        } else {
          let day = dayAfter(eighth);
          while (isPublicHoliday(day)) day = dayAfter(day);
          expect({ date: end.date, time: end.time }).toEqual({ date: day, time: '12:00' });
        }
      }),
      { numRuns: 300 },
    );
  });
});
