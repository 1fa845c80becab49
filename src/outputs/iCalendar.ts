import { CalendarError, describeType } from '../dates/calendarError.js';
import { parseDateTime } from '../dates/dateTime.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import type { DueItem, DueStatus } from '../pathway/dueItems.js';
import type { PlanAction, PlanActionStatus } from '../pathway/plan/planActions.js';

/*
 * RFC 5545 iCalendar of a case's open deadlines. The output is a pure function of its input: no
 * clock is read (DTSTAMP comes from `generatedAt` or the item), and UIDs are built from what
 * identifies a deadline (the case, the timescale and its sequence among that timescale's
 * items), never from its dates, so exporting again after a date moves (a rebooked conference)
 * updates a calendar's event instead of adding a copy.
 */

/** A reminder before a deadline: a VALARM that shows the event's summary. */
export interface ICalendarAlarm {
  /**
   * How long before the deadline, as an ISO 8601 duration of weeks, days, hours, minutes or
   * seconds (RFC 5545 3.3.6): `'P2D'`, `'PT4H'`, `'P1W'`, `'P1DT12H'`. Before an all-day
   * deadline it counts from the start of its day.
   */
  readonly before: string;
}

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The app's identifier of the case: part of every UID and of every event's summary. */
  readonly caseId: string;
  /** The calendar's name shown by calendar apps (`NAME` and `X-WR-CALNAME`). */
  readonly calendarName?: string;
  /**
   * When the export was made, `YYYY-MM-DD` or an ISO date-time with offset: every event's
   * `DTSTAMP`. Pass it (e.g. the `asOf` date) so that calendar apps see a re-export as newer.
   * Without it each event's stamp is the start of its period, so the output stays the same for
   * the same input.
   */
  readonly generatedAt?: string;
  /** Reminders added to every event, e.g. `[{ before: 'P2D' }, { before: 'PT4H' }]`. */
  readonly alarms?: readonly ICalendarAlarm[];
  /**
   * Plan actions to export too (from `planActions`): each open one (upcoming, due today or
   * overdue) as an all-day event on its latest due date. Its UID is the action's id and the day
   * it was agreed, which never moves, so a revised due date moves the event rather than adding one.
   */
  readonly actions?: readonly PlanAction[];
}

const categoryOf: Record<DueItem['kind'], string> = { step: 'Deadline', limit: 'Time limit', minimum: 'Minimum period' };

/** The statuses of a deadline or action still to be met: the ones exported. */
function isOpen(status: DueStatus | PlanActionStatus): boolean {
  return status === 'upcoming' || status === 'dueToday' || status === 'overdue';
}

const PRODUCT_ID = '-//child-protection-pathway//child-protection-pathway//EN';

/**
 * The open deadlines (upcoming, due today or overdue) of a case as an RFC 5545 iCalendar: an
 * all-day event on each due date, and a timed event at the exact moment (in UTC) for a limit
 * that ends at an hour (police protection's 72 hours, an emergency protection order). The
 * rule's title is in the summary; the rule, its source and the status in the description. A
 * booked conference is also an event on its booked day.
 * Pass every item of the case (met ones too, as {@link dueItems} gives them): an event's UID
 * numbers it among the items of its timescale. With `options.actions`, the plan's open actions
 * too. Lines end in CRLF and are folded at 75 octets of UTF-8.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) {
 *   const ics = toICalendar(dueItems(result.state, { asOf: '2025-01-06' }), {
 *     caseId: 'case-2024-117',
 *     calendarName: 'Child protection deadlines',
 *     generatedAt: '2025-01-06',
 *     alarms: [{ before: 'P2D' }],
 *   });
 *   // BEGIN:VCALENDAR ... BEGIN:VEVENT\r\nUID:case-2024-117-initialConference-1@child-protection-pathway ...
 * }
 */
export function toICalendar(items: readonly DueItem[], options: ICalendarOptions): string {
  const caseId = options?.caseId;
  if (typeof caseId !== 'string' || caseId.trim() === '') {
    throw new CalendarError('INVALID_ARGUMENT', 'caseId', `caseId must be a non-empty string, received ${describeType(caseId)}`);
  }
  if (options.calendarName !== undefined && typeof options.calendarName !== 'string') {
    throw new CalendarError('INVALID_ARGUMENT', 'calendarName', `calendarName must be a string, received ${describeType(options.calendarName)}`);
  }
  const triggers = alarmTriggers(options.alarms);
  const stamp = options.generatedAt === undefined ? undefined : utcStamp(options.generatedAt, 'generatedAt');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName !== undefined) {
    lines.push(`NAME:${escapeText(options.calendarName)}`, `X-WR-CALNAME:${escapeText(options.calendarName)}`);
  }
  // The sequence of each item among its timescale's items, met ones included, so that an
  // event keeps its UID when an earlier one is met or its own date moves.
  const sequences = new Map<string, number>();
  for (const item of items) {
    const sequence = (sequences.get(item.timescale) ?? 0) + 1;
    sequences.set(item.timescale, sequence);
    if (!isOpen(item.status)) continue;
    const uid = `${encodeURIComponent(caseId)}-${item.timescale}-${sequence}@child-protection-pathway`;
    const summary = `${caseId}: ${item.rule.title}${item.status === 'overdue' ? ' (overdue)' : ''}`;
    const description = [
      item.explanation,
      ...(item.notBefore === undefined ? [] : [`Not before ${item.notBefore}.`]),
      `Rule: ${item.rule.id}.${item.explanation.includes(item.rule.source) ? '' : ` Source: ${item.rule.source}.`}`,
    ].join('\n');
    const stamped = stamp ?? utcStamp(item.from, 'from');
    lines.push(...eventLines({ uid, stamp: stamped, when: when(item), summary, description, category: categoryOf[item.kind] }, triggers));
    if (item.scheduledFor !== undefined) lines.push(...bookedConference(item, item.scheduledFor, uid, stamp, caseId));
  }
  for (const action of options.actions ?? []) {
    if (!isOpen(action.status)) continue;
    const revised = action.revisions === 0 ? '' : ` (revised ${action.revisions} time${action.revisions === 1 ? '' : 's'})`;
    const status = action.status === 'dueToday' ? 'due today' : action.status;
    lines.push(
      ...eventLines(
        {
          uid: `${encodeURIComponent(caseId)}-action-${action.action}-${action.agreedOn}@child-protection-pathway`,
          stamp: stamp ?? utcStamp(action.agreedOn, 'agreedOn'),
          when: allDay(action.due),
          summary: `${caseId}: plan action ${action.action} (${action.owner})${action.status === 'overdue' ? ' (overdue)' : ''}`,
          description: `Plan action ${action.action}, owner ${action.owner}: agreed ${action.agreedOn}, due by ${action.due}${revised}: ${status}.`,
          category: 'Plan action',
        },
        triggers,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/**
 * A booked conference on its booked day, beside the deadline it answers. Its UID is the
 * deadline's with `-booked`, so a moved booking updates the same calendar event.
 */
function bookedConference(item: DueItem, day: string, uid: string, stamp: string | undefined, caseId: string): string[] {
  const start = toEpochDay(day, 'scheduledFor');
  const late = start > toEpochDay(item.due) ? ' (booked after the due date)' : '';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid.replace('@child-protection-pathway', '-booked@child-protection-pathway'))}`,
    `DTSTAMP:${stamp ?? utcStamp(item.from, 'from')}`,
    `DTSTART;VALUE=DATE:${compactDate(fromEpochDay(start))}`,
    `DTEND;VALUE=DATE:${compactDate(fromEpochDay(start + 1))}`,
    `SUMMARY:${escapeText(`${caseId}: ${item.rule.title} (booked)`)}`,
    `DESCRIPTION:${escapeText(`${item.rule.title}: booked for ${day}, due by ${item.due}${late}.`)}`,
    `CATEGORIES:${escapeText('Conference')}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * When an event happens: the exact moment of a limit that ends at an hour (a UTC date-time: no
 * VTIMEZONE needed, and every app shows it in its own zone), else the whole due day.
 */
function when(item: DueItem): string[] {
  if (item.dueAt !== undefined) {
    // RFC 5545 3.6.1: a DATE-TIME DTSTART without DTEND is an event at that instant.
    return [`DTSTART:${utcStamp(item.dueAt, 'dueAt')}`];
  }
  return allDay(item.due);
}

/** An all-day event on a date. */
function allDay(due: string): string[] {
  const start = toEpochDay(due, 'due');
  return [`DTSTART;VALUE=DATE:${compactDate(fromEpochDay(start))}`, `DTEND;VALUE=DATE:${compactDate(fromEpochDay(start + 1))}`];
}

/** One VEVENT's lines, with a VALARM for each trigger. */
function eventLines(
  event: { uid: string; stamp: string; when: string[]; summary: string; description: string; category: string },
  triggers: readonly string[],
): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${event.stamp}`,
    ...event.when,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `CATEGORIES:${escapeText(event.category)}`,
    'TRANSP:TRANSPARENT',
  ];
  for (const trigger of triggers) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-${trigger}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** RFC 5545 3.3.6 durations, positive, as ISO 8601 writes them: weeks alone, or days and a time. */
const DURATION = /^P(?:\d+W|(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

/** The alarms' durations, checked: a malformed one is a programmer error, thrown. */
function alarmTriggers(alarms: readonly ICalendarAlarm[] | undefined): string[] {
  if (alarms === undefined) return [];
  if (!Array.isArray(alarms)) {
    throw new CalendarError('INVALID_ARGUMENT', 'alarms', `alarms must be an array, received ${describeType(alarms)}`);
  }
  return alarms.map((alarm, index) => {
    const before = (alarm as Partial<ICalendarAlarm> | null)?.before;
    if (typeof before !== 'string' || !DURATION.test(before)) {
      throw new CalendarError('INVALID_ARGUMENT', `alarms[${index}].before`, `alarms[${index}].before must be a duration such as P2D or PT4H`);
    }
    return before;
  });
}

/** `YYYYMMDD` of a `YYYY-MM-DD` date. */
function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

/** A UTC date-time `YYYYMMDDTHHMMSSZ` of a date (its midnight UTC) or a date-time with offset. */
function utcStamp(text: string, argument: string): string {
  const epochMs = typeof text === 'string' && text.length === 10 ? toEpochDay(text, argument) * 86_400_000 : parseDateTime(text, argument);
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll('-', '').replaceAll(':', '');
}

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, every line break as `\n`.
 * Other control characters are not allowed in TEXT and are dropped.
 *
 * @example
 * escapeText('Plan review; room 2, floor 1\nbring notes'); // 'Plan review\\; room 2\\, floor 1\\nbring notes'
 */
export function escapeText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded with CRLF and one space, which
 * counts towards the next line's 75. Octets are counted in UTF-8 and a character is never
 * split across lines (a calendar app would show a broken character otherwise).
 *
 * @example
 * foldLine(`SUMMARY:${'x'.repeat(80)}`); // 'SUMMARY:xxx...x' (75 octets) + '\r\n ' + 'xxxxxxxxxxxxx'
 */
export function foldLine(line: string): string {
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) as number);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
