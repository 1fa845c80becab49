import { CalendarError, describeType } from '../dates/calendarError.js';
import { parseDateTime } from '../dates/dateTime.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import type { DueItem, DueStatus } from '../pathway/dueItems.js';

/*
 * RFC 5545 iCalendar of a case's open deadlines, one all-day event each. The output is a pure
 * function of its input: no clock is read (DTSTAMP comes from `generatedAt` or the item) and
 * UIDs are derived from the case, the rule and the start of the period (for a conference's
 * preparation, whose start is the booked day, the deadline's place among its rule's instead),
 * so exporting again, even after a booking moved, updates a calendar's events instead of
 * adding copies.
 */

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
}

/** The statuses of a deadline still to be met: the ones exported. */
function isOpen(status: DueStatus): boolean {
  return status === 'upcoming' || status === 'dueToday' || status === 'overdue';
}

const PRODUCT_ID = '-//child-protection-pathway//child-protection-pathway//EN';

/**
 * The open deadlines (upcoming, due today or overdue) of a case as an RFC 5545 iCalendar: one
 * all-day event on each due date, the rule's title in the summary and the rule, its source and
 * the status in the description; a booked conference also on its booked day. Lines end in
 * CRLF and are folded at 75 octets of UTF-8.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) {
 *   const ics = toICalendar(dueItems(result.state, { asOf: '2025-01-06' }), {
 *     caseId: 'case-2024-117',
 *     calendarName: 'Child protection deadlines',
 *     generatedAt: '2025-01-06',
 *   });
 *   // BEGIN:VCALENDAR ... BEGIN:VEVENT\r\nUID:case-2024-117-initialConference-2024-12-19@child-protection-pathway ...
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
  const stamp = options.generatedAt === undefined ? undefined : utcStamp(options.generatedAt, 'generatedAt');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.calendarName !== undefined) {
    lines.push(`NAME:${escapeText(options.calendarName)}`, `X-WR-CALNAME:${escapeText(options.calendarName)}`);
  }
  const used = new Map<string, number>();
  // Each item's place among the items of its rule (met ones included), for the UIDs of
  // conference preparation: their start is the booked day, which moves with the booking.
  const sequence = new Map<string, number>();
  for (const item of items) {
    const place = (sequence.get(item.timescale) ?? 0) + 1;
    sequence.set(item.timescale, place);
    if (!isOpen(item.status)) continue;
    const stableStart = item.rule.start.event === 'conferenceScheduled' ? place : item.from;
    const baseUid = `${encodeURIComponent(caseId)}-${item.timescale}-${stableStart}`;
    // Two open deadlines of one rule from one start would share a UID: number the later ones.
    const seen = used.get(baseUid) ?? 0;
    used.set(baseUid, seen + 1);
    const uid = `${baseUid}${seen === 0 ? '' : `-${seen + 1}`}`;
    const description = [
      item.explanation,
      ...(item.notBefore === undefined ? [] : [`Not before ${item.notBefore}.`]),
      `Rule: ${item.rule.id}.${item.explanation.includes(item.rule.source) ? '' : ` Source: ${item.rule.source}.`}`,
    ].join('\n');
    const stampOf = stamp ?? utcStamp(item.from, 'from');
    const summary = `${caseId}: ${item.rule.title}${item.status === 'overdue' ? ' (overdue)' : ''}`;
    lines.push(...allDayEvent(uid, stampOf, item.due, summary, description, item.kind === 'limit' ? 'Time limit' : 'Deadline'));
    if (item.scheduledFor !== undefined) {
      // The booked conference itself, on its day: the UID follows the deadline it answers, so
      // a moved booking updates the same calendar event.
      const booked = `${item.rule.title}: booked for ${item.scheduledFor}, due by ${item.due}${toEpochDay(item.scheduledFor) > toEpochDay(item.due) ? ' (booked after the due date)' : ''}.`;
      lines.push(...allDayEvent(`${uid}-booked`, stampOf, item.scheduledFor, `${caseId}: ${item.rule.title} (booked)`, booked, 'Conference'));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The lines of one all-day VEVENT. */
function allDayEvent(uid: string, stamp: string, day: string, summary: string, description: string, category: string): string[] {
  const start = toEpochDay(day, 'due');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${uid}@child-protection-pathway`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(fromEpochDay(start))}`,
    `DTEND;VALUE=DATE:${compactDate(fromEpochDay(start + 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(category)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
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
