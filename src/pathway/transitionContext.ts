import type { WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { RuleSet } from '../rules/ruleSet.js';
import type { CaseEvent } from './events.js';
import type { CaseState } from './state.js';

/** What a track's transition sees: the state before, the event, its date and the rules. */
export interface TransitionContext<E extends CaseEvent = CaseEvent> {
  readonly state: CaseState;
  readonly event: E;
  readonly date: IsoDate;
  /** The event's date as an epoch day. */
  readonly day: number;
  readonly ruleSet: RuleSet;
  readonly calendar: WorkingDayCalendar;
}
