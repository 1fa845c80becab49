import { londonDateOf } from '../../dates/dateTime.js';
import { toEpochDay } from '../../dates/epochDay.js';
import type { IsoDate } from '../../dates/isoDate.js';
import { dueItems, type DueItem } from '../../pathway/dueItems.js';
import { eventTracks } from '../../pathway/eventTracks.js';
import type { CaseEventType } from '../../pathway/events.js';
import type { CaseState } from '../../pathway/state.js';

/*
 * What the timeline draws, read from a case state alone: the phases each track went through
 * (from the records the state keeps), the events those records and the deadlines date, and every
 * deadline with its status. Free text is never read: a state holds none.
 */

/** The timeline's lanes, one per track of the pathway. */
export type Lane = 'socialCare' | 'legal' | 'emergency';

/**
 * Each lane's heading.
 */
export const laneTitles: Readonly<Record<Lane, string>> = {
  socialCare: 'Social care',
  legal: 'Legal',
  emergency: 'Emergency',
};

/** A phase as a bar from its first day to its last (epoch days); `open` when it runs on past `asOf`. */
export interface PhaseSpan {
  readonly lane: Lane;
  readonly from: number;
  readonly to: number;
  readonly open: boolean;
  readonly label: string;
}

/** The events of one day on one lane, in words. */
export interface EventMark {
  readonly lane: Lane;
  readonly day: number;
  readonly what: readonly string[];
}

/** A deadline placed on its lane at its due day, with a short label. */
export interface DeadlineMark {
  readonly lane: Lane;
  readonly day: number;
  readonly item: DueItem;
  readonly label: string;
}

/** Everything the timeline draws. */
export interface CaseMarks {
  readonly phases: readonly PhaseSpan[];
  readonly events: readonly EventMark[];
  readonly deadlines: readonly DeadlineMark[];
}

/**
 * A deadline's lane: the track of the event that starts its clock. A rule started by something
 * other than an event (the expected delivery date), or by an event of a track without a lane of
 * its own, belongs to social care, which holds the child's plan.
 */
function laneOf(item: DueItem): Lane {
  const track = (eventTracks as Readonly<Record<string, string>>)[item.rule.start.event as CaseEventType];
  return track === 'legal' || track === 'emergency' ? track : 'socialCare';
}

/** A rule's title without its parenthesis: `Police protection ends (72 hours)` → `Police protection ends`. */
function shortTitle(title: string): string {
  return title.replace(/\s*\([^)]*\)/g, '').replace(/,.*$/, '');
}

const day = (date: string): number => toEpochDay(date.length > 10 ? londonDateOf(date) : date);

/** The phases, events and deadlines of a case on the `asOf` date. */
export function caseMarks(state: CaseState, asOf: IsoDate): CaseMarks {
  const today = toEpochDay(asOf);
  const phases: PhaseSpan[] = [];
  const events = new Map<string, { lane: Lane; day: number; what: string[] }>();
  const happened = (lane: Lane, date: string | undefined, what: string): void => {
    if (date === undefined || day(date) > today) return;
    const at = day(date);
    const key = `${lane} ${at}`;
    const mark = events.get(key);
    if (mark === undefined) events.set(key, { lane, day: at, what: [what] });
    else if (!mark.what.includes(what)) mark.what.push(what);
  };
  const phase = (lane: Lane, from: string, to: string | undefined, label: string): void => {
    const start = day(from);
    if (start > today) return;
    const end = to === undefined ? today : Math.min(day(to), today);
    phases.push({ lane, from: start, to: Math.max(start, end), open: to === undefined || day(to) > today, label });
  };

  const { social, legal } = state;
  if (social.enquiryStartedOn !== undefined && (social.phase === 'enquiry' || social.phase === 'awaitingConference')) {
    phase('socialCare', social.enquiryStartedOn, undefined, 'Section 47 enquiry');
  }
  for (const plan of social.plans) {
    phase('socialCare', plan.startDate, plan.endDate, `Child protection plan ${plan.number} (${plan.categories.join(', ')})`);
    happened('socialCare', plan.startDate, `plan ${plan.number} started`);
    happened('socialCare', plan.endDate, `plan ${plan.number} ended`);
  }
  const pre = legal.preProceedings;
  if (pre !== undefined) {
    phase('legal', pre.startDate, pre.decisionDate, 'Pre-proceedings (PLO)');
    happened('legal', pre.letterDate, 'letter before proceedings sent');
    happened('legal', pre.initialMeetingDate, 'pre-proceedings meeting');
    happened('legal', pre.decisionDate, `pre-proceedings decision: ${pre.outcome === 'stepDown' ? 'step down' : 'issue proceedings'}`);
  }
  const proceedings = legal.proceedings;
  if (proceedings !== undefined) {
    phase('legal', proceedings.issuedOn, proceedings.finalOrder?.madeOn ?? proceedings.withdrawnOn, 'Care proceedings');
    happened('legal', proceedings.issuedOn, 'care proceedings issued');
    happened('legal', proceedings.caseManagementHearingOn, 'case management hearing');
    happened('legal', proceedings.finalOrder?.madeOn, `final order: ${proceedings.finalOrder?.order ?? ''}`);
    happened('legal', proceedings.withdrawnOn, 'proceedings withdrawn');
  }
  if (legal.supervisionOrder !== undefined) phase('legal', legal.supervisionOrder.madeOn, legal.supervisionOrder.endsOn, 'Supervision order');

  const deadlines: DeadlineMark[] = [];
  for (const item of dueItems(state, { asOf })) {
    const lane = laneOf(item);
    deadlines.push({ lane, day: toEpochDay(item.due), item, label: shortTitle(item.rule.title) });
    // Each deadline dates the event that started its clock and, once met, the one that met it.
    happened(lane, item.from, item.rule.start.description);
    happened(lane, item.metOn, `${shortTitle(item.rule.title).toLowerCase()}: done`);
    // An emergency measure is a phase: from its start until it ended, or its limit.
    if (lane === 'emergency' && item.kind === 'limit') phase(lane, item.from, item.metOn ?? item.due, shortTitle(item.rule.title).replace(/ ends$/, ''));
  }
  return { phases, events: [...events.values()].sort((a, b) => a.day - b.day), deadlines };
}
