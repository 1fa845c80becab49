/*
 * Rule sets: a local authority's procedures layered over the national defaults. Dates are
 * counted by hand against the England & Wales feed; Christmas 2026: Fri 25 Dec Christmas Day,
 * Mon 28 Dec Boxing Day (substitute for Sat 26), Fri 1 Jan 2027 New Year's Day.
 */
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  createCalendar,
  createRuleSet,
  dueDate,
  englandWorkingTogether2023,
  formatIssuePath,
  TimescaleError,
  timescaleIds,
  timescales,
  type RuleSet,
  type RuleSetInput,
  type TimescaleId,
} from '../../src/index.js';
import { deepFreeze, thrownBy } from '../support/values.js';

const timescaleErrorOf = (action: () => unknown): TimescaleError => thrownBy(TimescaleError, action);



/** A start for a rule: a date, or a date-time for the hours rule. */
function startFor(id: TimescaleId, date: string): string {
  return timescales[id].unit === 'hours' ? `${date}T22:15:00Z` : date;
}

/** Every id's deadline from several starts, for comparing two rule sets' answers. */
function answers(ruleSet: RuleSet): unknown[] {
  const starts = ['2024-12-19', '2026-03-28', '2026-10-24', '2026-12-17', '2026-12-18', '2028-12-20'];
  return timescaleIds.flatMap((id) => starts.map((date) => dueDate(id, startFor(id, date), { ruleSet })));
}

const christmasClosure = { closures: [{ from: '2026-12-29', to: '2026-12-31', name: 'Christmas closure' }] };

describe('createRuleSet', () => {
  describe('overrides', () => {
    it('visits every 20 working days when statutoryVisit is set to 20', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 } } });
      // Day 0 Fri 18 Dec 2026: Mon 21-Thu 24 (1-4), [Fri 25, Mon 28], Tue 29-Thu 31 (5-7),
      // [Fri 1 Jan], Mon 4-Fri 8 (8-12), Mon 11-Fri 15 (13-17), Mon 18 (18), Tue 19 (19),
      // Wed 20 (20).
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet }).due).toBe('2027-01-20');
      expect(dueDate('statutoryVisit', '2026-12-18').due).toBe('2027-01-06');
    });

    it('marks a changed rule as local procedure, cites the rule set and keeps the national default in the note', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 } } });
      expect(ruleSet.timescales.statutoryVisit).toEqual({
        ...timescales.statutoryVisit,
        amount: 20,
        status: 'localProcedure',
        source: 'Example council local procedure',
        note:
          'National default: 10 working days after the last visit, or the initial conference for the first visit ' +
          '(Local safeguarding partnership procedures (common default: every 10 working days)).',
      });
      expect(ruleSet.name).toBe('Example council');
      expect(ruleSet.base).toBe('englandWorkingTogether2023');
      expect(ruleSet.overrides).toEqual({ statutoryVisit: { amount: 20 } });
    });

    it('uses the source and note the local procedure gives', () => {
      const ruleSet = createRuleSet({
        name: 'Example council',
        overrides: { statutoryVisit: { amount: 20, source: 'Example council procedures manual, 4.2', note: 'Reviewed 2026.' } },
      });
      expect(ruleSet.timescales.statutoryVisit.source).toBe('Example council procedures manual, 4.2');
      expect(ruleSet.timescales.statutoryVisit.note).toMatch(/^National default: 10 working days after .*\. Reviewed 2026\.$/);
    });

    it('gives the national answers when firstCoreGroup is set to its national 10 working days, and keeps its status', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { firstCoreGroup: { amount: 10, unit: 'workingDays' } } });
      // Day 0 Wed 26 Aug 2026: Thu 27 (1), Fri 28 (2), [Mon 31 Summer], Tue 1 Sep (3) ... Thu 10 (10).
      expect(dueDate('firstCoreGroup', '2026-08-26', { ruleSet }).due).toBe('2026-09-10');
      // Only a changed amount or unit makes a rule local procedure (issue 15).
      expect(ruleSet.timescales.firstCoreGroup.status).toBe('nationalGuidance');
      expect(ruleSet.timescales.firstCoreGroup.amount).toBe(10);
    });

    it('changes the unit of a rule, e.g. visits every 2 calendar weeks', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 2, unit: 'weeks' } } });
      // Fri 18 Dec 2026 + 14 days = Fri 1 Jan 2027: calendar weeks do not skip the bank holiday.
      const deadline = dueDate('statutoryVisit', '2026-12-18', { ruleSet });
      expect(deadline.due).toBe('2027-01-01');
      expect(deadline.skipped).toEqual([]);
    });

    it('leaves every rule it does not override as the national default', () => {
      const ruleSet = createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 } } });
      for (const id of timescaleIds) {
        if (id !== 'statutoryVisit') expect(ruleSet.timescales[id], id).toBe(timescales[id]);
      }
    });

    it('builds the national defaults again from a name alone', () => {
      const ruleSet = createRuleSet({ name: 'Plain' });
      expect(ruleSet.timescales).toEqual(timescales);
      expect(ruleSet.calendar).toBe(englandWorkingTogether2023.calendar);
      expect(answers(ruleSet)).toEqual(answers(englandWorkingTogether2023));
    });
  });

  describe('calendars', () => {
    it('moves working-day deadlines past local closure days', () => {
      const ruleSet = createRuleSet({ name: 'Example council', calendar: christmasClosure });
      // Day 0 Fri 18 Dec 2026: Mon 21-Thu 24 (1-4), [Fri 25, Mon 28 bank holidays; Tue 29-Thu 31
      // closed; Fri 1 Jan], Mon 4-Fri 8 (5-9), Mon 11 (10).
      const visit = dueDate('statutoryVisit', '2026-12-18', { ruleSet });
      expect(visit.due).toBe('2027-01-11');
      expect(visit.calendar).toBe('Example council');
      expect(visit.skipped.map((day) => `${day.date} ${day.kind}`)).toEqual([
        '2026-12-25 bankHoliday',
        '2026-12-28 bankHoliday',
        '2026-12-29 closure',
        '2026-12-30 closure',
        '2026-12-31 closure',
        '2027-01-01 bankHoliday',
      ]);
      expect(visit.explanation).toContain('in the Example council calendar, skipping Christmas Day (2026-12-25)');
      expect(visit.explanation).toContain('Christmas closure (2026-12-29)');
      // Day 0 Thu 17 Dec 2026: Fri 18 (1), Mon 21-Thu 24 (2-5), [closed or holidays to 1 Jan],
      // Mon 4-Fri 8 (6-10), Mon 11-Fri 15 (11-15). Nationally: Tue 29-Thu 31 (6-8), Mon 4-Tue
      // 12 (9-15), so the closure costs three working days.
      expect(dueDate('initialConference', '2026-12-17', { ruleSet }).due).toBe('2027-01-15');
      expect(dueDate('initialConference', '2026-12-17').due).toBe('2027-01-12');
    });

    it('combines a closure calendar with a changed amount', () => {
      const ruleSet = createRuleSet({ name: 'Example council', calendar: christmasClosure, overrides: { statutoryVisit: { amount: 20 } } });
      // As above to Mon 11 Jan (10), then Tue 12-Fri 15 (11-14), Mon 18-Fri 22 (15-19), Mon 25 (20).
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet }).due).toBe('2027-01-25');
    });

    it('does not move deadlines counted in calendar days, weeks, months, years or hours', () => {
      const ruleSet = createRuleSet({ name: 'Example council', calendar: christmasClosure });
      for (const id of timescaleIds) {
        if (timescales[id].unit === 'workingDays') continue;
        const from = startFor(id, '2026-12-24');
        expect(dueDate(id, from, { ruleSet }).due, id).toBe(dueDate(id, from).due);
      }
    });

    it('takes a calendar made by createCalendar as it is', () => {
      const calendar = createCalendar({ division: 'scotland' });
      const ruleSet = createRuleSet({ name: 'Example council', calendar });
      expect(ruleSet.calendar).toBe(calendar);
      // Scotland has no Easter Monday: day 0 Thu 2 Apr 2026, [Fri 3 Good Friday], Mon 6 (1).
      expect(dueDate('referralDecision', '2026-04-02', { ruleSet }).due).toBe('2026-04-06');
    });
  });

  describe('JSON in, JSON out', () => {
    const local = createRuleSet({
      name: 'Example council',
      calendar: { ...christmasClosure, extraHolidays: [{ date: '2027-06-07', name: 'Proclaimed holiday' }] },
      overrides: { statutoryVisit: { amount: 20, note: 'Reviewed 2026.' }, preBirthConference: { amount: 12 } },
    });

    it('rebuilds a rule set from its parsed JSON with identical answers', () => {
      const rebuilt = createRuleSet(JSON.parse(JSON.stringify(local)) as RuleSetInput);
      expect(answers(rebuilt)).toEqual(answers(local));
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet: rebuilt }).due).toBe('2027-01-25');
    });

    it('writes the same JSON again after a round trip', () => {
      const rebuilt = createRuleSet(JSON.parse(JSON.stringify(local)) as RuleSetInput);
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(local));
    });

    it('rebuilds the national defaults from their JSON', () => {
      const rebuilt = createRuleSet(JSON.parse(JSON.stringify(englandWorkingTogether2023)) as RuleSetInput);
      expect(answers(rebuilt)).toEqual(answers(englandWorkingTogether2023));
    });
  });

  describe('layering', () => {
    const council = createRuleSet({ name: 'Example council', calendar: christmasClosure, overrides: { statutoryVisit: { amount: 20 } } });

    it('keeps the base’s calendar and overrides and adds its own', () => {
      const team = createRuleSet({ name: 'Example team', base: council, overrides: { firstCoreGroup: { amount: 5 } } });
      expect(team.calendar).toBe(council.calendar);
      expect(team.base).toBe('englandWorkingTogether2023');
      expect(team.timescales.statutoryVisit.amount).toBe(20);
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet: team }).due).toBe('2027-01-25');
      // Day 0 Tue 22 Dec 2026 in the closure calendar: Wed 23 (1), Thu 24 (2), [25 Dec-1 Jan],
      // Mon 4 (3), Tue 5 (4), Wed 6 (5).
      expect(dueDate('firstCoreGroup', '2026-12-22', { ruleSet: team }).due).toBe('2027-01-06');
      expect(dueDate('firstCoreGroup', '2026-12-22', { ruleSet: council }).due).toBe('2027-01-13');
    });

    it('merges a layer’s change to a rule with the base’s change to the same rule', () => {
      const team = createRuleSet({ name: 'Example team', base: council, overrides: { statutoryVisit: { note: 'Team practice.' } } });
      expect(team.overrides.statutoryVisit).toEqual({ amount: 20, note: 'Team practice.' });
      expect(team.timescales.statutoryVisit.amount).toBe(20);
      expect(team.timescales.statutoryVisit.note).toMatch(/Team practice\.$/);
      const stricter = createRuleSet({ name: 'Example team', base: council, overrides: { statutoryVisit: { amount: 5 } } });
      expect(stricter.timescales.statutoryVisit.amount).toBe(5);
    });

    it('replaces the base’s calendar when the layer gives one', () => {
      const team = createRuleSet({ name: 'Example team', base: council, calendar: {} });
      expect(team.calendar.closures).toEqual([]);
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet: team }).due).toBe('2027-01-20');
    });

    it('leaves the base as it was', () => {
      const before = JSON.stringify(council);
      createRuleSet({ name: 'Example team', base: council, overrides: { statutoryVisit: { amount: 5 }, firstCoreGroup: { amount: 5 } } });
      expect(JSON.stringify(council)).toBe(before);
    });

    it('layers over a base read back from JSON as over the base itself', () => {
      const stored = JSON.parse(JSON.stringify(council)) as RuleSet;
      const fromStored = createRuleSet({ name: 'Example team', base: stored, overrides: { firstCoreGroup: { amount: 5 } } });
      const fromLive = createRuleSet({ name: 'Example team', base: council, overrides: { firstCoreGroup: { amount: 5 } } });
      expect(answers(fromStored)).toEqual(answers(fromLive));
    });

    it('layers over a built-in rule set named by a string', () => {
      const ruleSet = createRuleSet({ name: 'Example council', base: 'englandWorkingTogether2023' });
      expect(ruleSet.base).toBe('englandWorkingTogether2023');
      expect(answers(ruleSet)).toEqual(answers(englandWorkingTogether2023));
    });
  });

  describe('settings', () => {
    it('gives the national defaults a quorum of two agencies besides social care', () => {
      expect(englandWorkingTogether2023.settings).toEqual({ quorumOtherAgencies: 2, preProceedingsStart: 'decision' });
      expect(createRuleSet({ name: 'Example council' }).settings).toEqual({ quorumOtherAgencies: 2, preProceedingsStart: 'decision' });
    });

    it('layers settings over the base, like overrides, and keeps them through JSON', () => {
      const strict = createRuleSet({ name: 'Example council', settings: { quorumOtherAgencies: 3 } });
      expect(strict.settings.quorumOtherAgencies).toBe(3);
      const district = createRuleSet({ name: 'Example district', base: strict, overrides: { statutoryVisit: { amount: 15 } } });
      expect(district.settings.quorumOtherAgencies).toBe(3);
      expect(createRuleSet({ name: 'Example district', base: strict, settings: { quorumOtherAgencies: 0 } }).settings.quorumOtherAgencies).toBe(0);
      const rebuilt = createRuleSet({ name: 'Rebuilt', base: JSON.parse(JSON.stringify(strict)) as RuleSet });
      expect(rebuilt.settings).toEqual({ quorumOtherAgencies: 3, preProceedingsStart: 'decision' });
      expect(Object.isFrozen(rebuilt.settings)).toBe(true);
    });

    it('fills in the defaults for a stored base from before settings existed', () => {
      const { settings: _settings, ...stored } = JSON.parse(JSON.stringify(createRuleSet({ name: 'Example council' }))) as RuleSet;
      expect(createRuleSet({ name: 'Rebuilt', base: stored as RuleSet }).settings).toEqual({ quorumOtherAgencies: 2, preProceedingsStart: 'decision' });
    });

    it.each([
      [-1, 'too_small'],
      [11, 'too_big'],
      [2.5, 'invalid_type'],
      ['2', 'invalid_type'],
    ])('refuses a quorum of %j (%s), a whole number from 0 to 10', (quorumOtherAgencies, code) => {
      const error = timescaleErrorOf(() => createRuleSet({ name: 'Example council', settings: { quorumOtherAgencies } } as unknown as RuleSetInput));
      expect(error.issues).toEqual([
        { path: ['settings', 'quorumOtherAgencies'], code, message: quorumOtherAgencies === '2' ? 'must be a number' : 'must be a whole number from 0 to 10' },
      ]);
    });

    it('refuses an unknown setting, and a stored base whose settings are wrong', () => {
      const unknown = timescaleErrorOf(() => createRuleSet({ name: 'Example council', settings: { quorum: 3 } } as unknown as RuleSetInput));
      expect(unknown.issues).toEqual([{ path: ['settings'], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' }]);
      const stored = { ...englandWorkingTogether2023, settings: { quorumOtherAgencies: 12 } };
      const base = timescaleErrorOf(() => createRuleSet({ name: 'Example council', base: stored as unknown as RuleSet }));
      expect(base.issues).toEqual([{ path: ['base', 'settings', 'quorumOtherAgencies'], code: 'too_big', message: 'must be a whole number from 0 to 10' }]);
    });
  });

  describe('invalid input', () => {
    it('lists every problem by path in one INVALID_RULE_SET error', () => {
      const error = timescaleErrorOf(() =>
        createRuleSet({
          name: 'Example council',
          overrides: {
            unknownTimescale: { amount: 5 },
            statutoryVisit: { amount: -1 },
            firstCoreGroup: { amount: 1.5 },
            assessment: { amount: Number.NaN },
            referralDecision: { amount: '3' },
            subsequentCoreGroup: { unit: 'hours' },
            careProceedings: { amount: 30 },
          },
        } as unknown as RuleSetInput),
      );
      expect(error.code).toBe('INVALID_RULE_SET');
      expect(error.argument).toBe('ruleSet');
      expect(error.name).toBe('TimescaleError');
      expect(error.issues).toEqual([
        { path: ['overrides', 'referralDecision', 'amount'], code: 'invalid_type', message: 'must be a number' },
        { path: ['overrides', 'assessment', 'amount'], code: 'invalid_type', message: 'must be a number' },
        { path: ['overrides', 'firstCoreGroup', 'amount'], code: 'invalid_type', message: 'must be a positive whole number' },
        { path: ['overrides', 'statutoryVisit', 'amount'], code: 'too_small', message: 'must be a positive whole number' },
        { path: ['overrides'], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' },
        { path: ['overrides', 'subsequentCoreGroup', 'unit'], code: 'invalid_value', message: 'cannot be hours for a date rule' },
        {
          path: ['overrides', 'careProceedings', 'amount'],
          code: 'not_overridable',
          message: 'is set by Children Act 1989 s32(1)(a)(ii) and cannot be changed by local procedure',
        },
      ]);
      expect(error.message).toBe(error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`).join('; '));
      expect(error.issuesOmitted).toBe(0);
    });

    it('lists problems with the name, the base, the calendar and every kind of override together', () => {
      const error = timescaleErrorOf(() =>
        createRuleSet({
          name: '',
          base: 'nationalDefaults',
          calendar: { division: 'wales', closures: 'none' },
          overrides: {
            caseManagementHearingLatest: { amount: 20 },
            policeProtection: { amount: 96 },
            transferInConference: { unit: 'fortnights', counting: 'sideways', colour: 'red' },
            preBirthConference: { amount: 0, title: '' },
            preProceedings: { amount: Number.POSITIVE_INFINITY },
            statutoryVisit: 5,
          },
        } as unknown as RuleSetInput),
      );
      expect(error.code).toBe('INVALID_RULE_SET');
      expect(error.issues).toEqual([
        { path: ['name'], code: 'too_small', message: 'must not be empty' },
        { path: ['calendar', 'division'], code: 'invalid_value', message: 'must be one of england-and-wales, scotland, northern-ireland' },
        { path: ['calendar', 'closures'], code: 'invalid_type', message: 'must be an array' },
        { path: ['overrides', 'statutoryVisit'], code: 'invalid_type', message: 'must be an object of changes to the timescale' },
        { path: ['overrides', 'transferInConference', 'unit'], code: 'invalid_value', message: 'must be one of workingDays, calendarDays, weeks, months, years, hours' },
        { path: ['overrides', 'transferInConference', 'counting'], code: 'invalid_value', message: 'must be after, beginningWith or before' },
        { path: ['overrides', 'transferInConference'], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' },
        { path: ['overrides', 'preBirthConference', 'amount'], code: 'too_small', message: 'must be a positive whole number' },
        { path: ['overrides', 'preBirthConference', 'title'], code: 'too_small', message: 'must not be empty' },
        { path: ['overrides', 'preProceedings', 'amount'], code: 'invalid_type', message: 'must be a number' },
        { path: ['base'], code: 'invalid_value', message: 'must be a rule set or one of englandWorkingTogether2023, walesSafeguardingProcedures' },
        {
          path: ['overrides', 'caseManagementHearingLatest', 'amount'],
          code: 'not_overridable',
          message:
            'is set by Family Procedure Rules 2010, Practice Direction 12A (Public Law Outline), stage 2 and cannot be changed by local procedure',
        },
        { path: ['overrides', 'policeProtection', 'amount'], code: 'not_overridable', message: 'is set by Children Act 1989 s46(6) and cannot be changed by local procedure' },
      ]);
    });

    it('counts unknown keys at the object holding them and never names them, __proto__ included', () => {
      const input = JSON.parse(
        '{"name":"Example council","overrides":{"visits":{},"Jane Smith":{},"__proto__":{"amount":1},"transferInConference":{"943 476 5919":1}}}',
      ) as RuleSetInput;
      const error = timescaleErrorOf(() => createRuleSet(input));
      expect(error.issues).toEqual([
        { path: ['overrides', 'transferInConference'], code: 'unrecognized_keys', message: 'has 1 field that is not part of the format' },
        { path: ['overrides'], code: 'unrecognized_keys', message: 'has 3 fields that are not part of the format' },
      ]);
      for (const planted of ['visits', 'Jane Smith', '__proto__', '943 476 5919']) expect(error.message).not.toContain(planted);
    });

    it('refuses a change to any statutory or practice-direction rule, even to its note', () => {
      for (const id of timescaleIds) {
        const rule = timescales[id];
        if (rule.status !== 'statute' && rule.status !== 'practiceDirection') continue;
        const error = timescaleErrorOf(() => createRuleSet({ name: 'Example council', overrides: { [id]: { note: 'Local note.' } } }));
        expect(error.issues, id).toEqual([
          { path: ['overrides', id, 'note'], code: 'not_overridable', message: `is set by ${rule.source} and cannot be changed by local procedure` },
        ]);
      }
    });

    it('refuses input that is not an object, or a base that is not a rule set', () => {
      expect(timescaleErrorOf(() => createRuleSet(undefined as unknown as RuleSetInput)).code).toBe('INVALID_RULE_SET');
      for (const base of ['toString', 'constructor', {}, { name: 'x' }, { name: 'x', overrides: {}, calendar: null }, 42]) {
        const error = timescaleErrorOf(() => createRuleSet({ name: 'x', base, overrides: { statutoryVisit: { amount: 3 } } } as RuleSetInput));
        expect(error.issues, JSON.stringify(base)).toEqual([{ path: ['base'], code: 'invalid_value', message: 'must be a rule set or one of englandWorkingTogether2023, walesSafeguardingProcedures' }]);
      }
    });

    it('throws a CalendarError for a closure that is not a date', () => {
      const error = (() => {
        try {
          createRuleSet({ name: 'Example council', calendar: { closures: [{ from: '2026-02-30', to: '2026-03-02' }] } });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(CalendarError);
      expect((error as CalendarError).code).toBe('INVALID_DATE');
    });

    it('does not echo free text from the input in the message of an error', () => {
      const secret = 'Jane Smith';
      const cases: unknown[] = [
        { name: secret, overrides: { statutoryVisit: { amount: -1 } } },
        { name: secret, overrides: { careProceedings: { note: `${secret} asked for longer` } } },
        { name: secret, overrides: { statutoryVisit: { title: 42, note: secret, amount: 'twenty' } } },
        { name: secret, calendar: { name: secret, closures: [{ from: '2026-02-30', to: '2026-03-02', name: `${secret} leave` }] } },
        { name: secret, calendar: { name: secret, division: secret } },
        { name: secret, base: secret },
        { name: `${secret} `.repeat(40) },
      ];
      for (const input of cases) {
        let message = '';
        try {
          createRuleSet(input as RuleSetInput);
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message, JSON.stringify(input)).not.toBe('');
        expect(message, JSON.stringify(input)).not.toContain('Jane');
      }
    });

    it('does not change a frozen input', () => {
      const input = deepFreeze({
        name: 'Example council',
        calendar: { closures: [{ from: '2026-12-29', to: '2026-12-31' }] },
        overrides: { statutoryVisit: { amount: 20 }, firstCoreGroup: { amount: 10, unit: 'workingDays' as const } },
      });
      const before = JSON.stringify(input);
      expect(() => createRuleSet(input)).not.toThrow();
      expect(() => createRuleSet({ name: 'Example team', base: deepFreeze(createRuleSet(input)), overrides: deepFreeze({ firstCoreGroup: { amount: 5 } }) })).not.toThrow();
      expect(JSON.stringify(input)).toBe(before);
    });

    it('is not changed by later changes to its input', () => {
      const overrides = { statutoryVisit: { amount: 20 } };
      const closures = [{ from: '2026-12-29', to: '2026-12-31' }];
      const ruleSet = createRuleSet({ name: 'Example council', calendar: { closures }, overrides });
      overrides.statutoryVisit.amount = 30;
      closures[0] = { from: '2027-01-04', to: '2027-01-08' };
      expect(ruleSet.timescales.statutoryVisit.amount).toBe(20);
      expect(ruleSet.overrides.statutoryVisit?.amount).toBe(20);
      expect(dueDate('statutoryVisit', '2026-12-18', { ruleSet }).due).toBe('2027-01-25');
    });

    it('leaves the catalogue as it was', () => {
      const before = JSON.stringify(timescales);
      createRuleSet({ name: 'Example council', overrides: { statutoryVisit: { amount: 20 }, firstReviewConference: { amount: 2 } } });
      expect(JSON.stringify(timescales)).toBe(before);
    });
  });
});
