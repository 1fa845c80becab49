import { toEpochDay } from '../dates/epochDay.js';
import type { IsoDate } from '../dates/isoDate.js';
import { conferenceRecords, type ConferenceFindingCode, type ConferenceRecord } from '../pathway/conference/conferenceRecords.js';
import { dueItems, type DueStatus } from '../pathway/dueItems.js';
import type { CaseEvent } from '../pathway/events.js';
import type { CaseState } from '../pathway/state.js';
import { planActions, type PlanActionStatus } from '../pathway/plan/planActions.js';

/**
 * One line of a case timeline: an event that happened, a deadline and how it stands, a
 * conference (booked, or held with its quorum and findings), or a plan action on its (latest)
 * due date and how it stands.
 */
export interface TimelineRow {
  readonly date: IsoDate;
  readonly kind: 'event' | 'deadline' | 'conference' | 'action';
  /** The event type (with its decision), the deadline's rule title, the conference in words, or the action's id and owner. */
  readonly what: string;
  readonly status?: DueStatus | PlanActionStatus;
  /** The day a deadline was met or an action done. */
  readonly metOn?: IsoDate;
  readonly source?: string;
  /** For a conference: the codes of its findings (see `conferenceRecords`). */
  readonly findings?: readonly ConferenceFindingCode[];
}

/**
 * A case's events, deadlines, conferences and plan actions merged into one date-ordered
 * timeline: a booked conference on its day, a held one with its quorum and findings, an action
 * on its latest due date. Free text (`note`) is never included.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) caseTimeline(events, result.state, { asOf: '2026-11-23' });
 */
export function caseTimeline(events: readonly CaseEvent[], state: CaseState, options: { readonly asOf: string }): TimelineRow[] {
  const rows: TimelineRow[] = events.map((event) => ({ date: event.date as IsoDate, kind: 'event', what: describeEvent(event) }));
  for (const item of dueItems(state, options)) {
    rows.push({
      date: item.due,
      kind: 'deadline',
      what: item.rule.title,
      status: item.status,
      ...(item.metOn === undefined ? {} : { metOn: item.metOn }),
      source: item.rule.source,
    });
  }
  for (const record of conferenceRecords(state)) {
    const row = conferenceRow(record);
    if (row !== undefined) rows.push(row);
  }
  for (const action of planActions(state, options)) {
    rows.push({
      date: action.due,
      kind: 'action',
      what: `${action.action} (${action.owner}${action.revisions === 0 ? '' : `, revised ${action.revisions}x`})`,
      status: action.status,
      ...(action.completedOn === undefined ? {} : { metOn: action.completedOn }),
    });
  }
  // Stable sort by day: on one day, events keep their log order and come before deadlines and actions.
  return rows
    .map((row, position) => ({ row, position, day: toEpochDay(row.date) }))
    .sort((a, b) => a.day - b.day || a.position - b.position)
    .map(({ row }) => row);
}

const conferenceWords: Readonly<Record<ConferenceRecord['conference'], string>> = {
  initial: 'initial conference',
  review: 'review conference',
  transferIn: 'transfer-in conference',
  preBirth: 'pre-birth conference',
};

/**
 * A booked conference on its day, or a held one with its quorum and findings. A cancelled
 * booking has no row, nor has a conference held without a booking or a record of the meeting:
 * its event says all there is.
 */
function conferenceRow(record: ConferenceRecord): TimelineRow | undefined {
  const findings = record.findings.map((finding) => finding.code);
  const name = conferenceWords[record.conference];
  if (record.heldOn !== undefined) {
    if (record.scheduledFor === undefined && record.quorate === undefined && findings.length === 0) return undefined;
    const quorum = record.quorate === undefined ? '' : record.quorate ? ' (quorate)' : ' (not quorate)';
    return { date: record.heldOn, kind: 'conference', what: `${name} held${quorum}`, findings };
  }
  if (record.scheduledFor === undefined || record.cancelledOn !== undefined) return undefined;
  return { date: record.scheduledFor, kind: 'conference', what: `${name} booked`, findings };
}

/**
 * An event in words, from its type and decision fields only.
 *
 * @example
 * describeEvent({ type: 'initialConferenceHeld', date: '2025-01-14', decision: 'plan', categories: ['physical', 'neglect'] });
 * // 'initialConferenceHeld (plan, physical+neglect)'
 */
export function describeEvent(event: CaseEvent): string {
  const details: string[] = [];
  if ('decision' in event) details.push(event.decision);
  if ('outcome' in event) details.push(event.outcome);
  if ('reason' in event) details.push(event.reason);
  if ('order' in event) details.push(event.order);
  if ('categories' in event && event.categories !== undefined) details.push(event.categories.join('+'));
  if ('weeks' in event) details.push(`${event.weeks} weeks`);
  if ('at' in event) details.push(event.at);
  if ('conference' in event) details.push(event.conference);
  if ('on' in event) details.push(`for ${event.on}`);
  if ('roles' in event) details.push(event.roles.join('+'));
  if ('role' in event) details.push(event.role);
  if ('unannounced' in event && event.unannounced === true) details.push('unannounced');
  if ('seen' in event && event.seen !== undefined) details.push(event.seen ? 'seen' : 'child not seen');
  if ('seenAlone' in event && event.seenAlone === true) details.push('seen alone');
  if ('bedroomSeen' in event && event.bedroomSeen === true) details.push('bedroom seen');
  if ('attended' in event && event.attended !== undefined) details.push(`attended: ${event.attended.join('+') || 'none'}`);
  if ('detailedPlanAgreed' in event && event.detailedPlanAgreed === true) details.push('detailed plan agreed');
  // The action id is the app's own id (no spaces, at most 64 characters): never free text.
  if ('action' in event) details.push(event.action);
  if ('owner' in event && event.owner !== undefined) details.push(event.owner);
  if ('due' in event && event.due !== undefined) details.push(`due ${event.due}`);
  return details.length === 0 ? event.type : `${event.type} (${details.join(', ')})`;
}

function findingsWords(findings: readonly ConferenceFindingCode[] | undefined): string {
  if (findings === undefined) return '';
  return findings.length === 0 ? 'no findings' : findings.join(', ');
}

const statusWords: Record<DueStatus | PlanActionStatus, string> = {
  upcoming: 'upcoming',
  dueToday: 'DUE TODAY',
  overdue: 'OVERDUE',
  met: 'met',
  metLate: 'MET LATE',
  endedEarly: 'ENDED EARLY',
  withdrawn: 'withdrawn',
  closedWithPlan: 'closed with plan',
};

const rowLabel: Record<TimelineRow['kind'], string> = { event: '', deadline: '  due: ', conference: '  conference: ', action: '  action: ' };

/**
 * A timeline as a plain-text table for a terminal.
 *
 * @example
 * console.log(formatTimeline(caseTimeline(events, state, { asOf: '2026-11-23' })));
 */
export function formatTimeline(rows: readonly TimelineRow[]): string {
  const table = rows.map((row) => [
    row.date,
    `${rowLabel[row.kind]}${row.what}`,
    row.status === undefined ? findingsWords(row.findings) : `${statusWords[row.status]}${row.metOn === undefined ? '' : ` ${row.metOn}`}`,
    row.source ?? '',
  ]);
  const header = ['date', 'event or deadline', 'status', 'rule source'];
  // A fold, not Math.max(...lengths): spreading a long case's rows (100,000 and more) as
  // arguments overflows the call stack.
  const widths = header.map((title, column) => table.reduce((width, cells) => Math.max(width, (cells[column] ?? '').length), title.length));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...table.map(line)].join('\n');
}
