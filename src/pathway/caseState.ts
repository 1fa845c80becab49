import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { logDate } from '../dates/logDates.js';
import { englandWorkingTogether2023 } from '../rules/nationalRuleSet.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { ChildDetails } from './events.js';
import type { CaseRules, CaseState } from './state.js';

/** Options of the pathway functions. */
export interface PathwayOptions {
  /** The rule set deadlines are computed by; the national defaults when omitted. */
  readonly ruleSet?: RuleSet;
  /** The calendar working days are counted in; the rule set's when omitted. */
  readonly calendar?: WorkingDayCalendar;
  /** What is known of the child (date of birth, or expected delivery date before birth). */
  readonly child?: ChildDetails;
}

/**
 * A new case with no events: every track in phase `none`.
 *
 * @example
 * const state = newCase({ child: { dateOfBirth: '2019-04-02' } });
 * state.social.phase; // 'none'
 */
export function newCase(options: PathwayOptions = {}): CaseState<'none'> {
  const child = options.child ?? {};
  return {
    child: {
      ...(child.dateOfBirth === undefined ? {} : { dateOfBirth: logDate(child.dateOfBirth, 'child.dateOfBirth') }),
      ...(child.expectedDeliveryDate === undefined
        ? {}
        : { expectedDeliveryDate: logDate(child.expectedDeliveryDate, 'child.expectedDeliveryDate') }),
    },
    rules: rulesFor(options, undefined),
    lastEventDate: null,
    eventCount: 0,
    social: { phase: 'none', childInNeedPlanOpen: false, plans: [], enquiries: [], episodes: [] },
    legal: { phase: 'none', preProceedingsHistory: [] },
    emergency: {},
    conferences: [],
    deadlines: [],
    visitDates: [],
    planWork: {},
    actions: [],
  };
}

/** The rules for a step: the options', else those the state was built with, else the defaults. */
export function rulesFor(options: PathwayOptions | undefined, state: Pick<CaseState, 'rules'> | undefined): CaseRules {
  if (state !== undefined && options?.ruleSet === undefined && options?.calendar === undefined) return state.rules;
  const ruleSet = options?.ruleSet ?? state?.rules.ruleSet ?? englandWorkingTogether2023;
  const keptCalendar = options?.ruleSet === undefined ? state?.rules.calendar : undefined;
  return { ruleSet, calendar: options?.calendar ?? keptCalendar ?? ruleSet.calendar };
}
