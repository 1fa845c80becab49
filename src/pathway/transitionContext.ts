import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { CaseEvent } from './events.js';
import type { CaseDraft } from './state.js';

/**
 * What a track's transition works on: the case as a draft, which it changes, the event, its
 * date and the rules. A transition may refuse (throw) after changing the draft: a refused
 * event's draft is thrown away.
 */
export interface TransitionContext<E extends CaseEvent = CaseEvent> {
  readonly draft: CaseDraft;
  readonly event: E;
  readonly date: IsoDate;
  /** The event's date as an epoch day. */
  readonly day: number;
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
}
