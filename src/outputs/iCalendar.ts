import { CalendarError, describeType } from '../dates/calendarError.js';
import { parseDateTime } from '../dates/dateTime.js';
import { fromEpochDay, toEpochDay } from '../dates/epochDay.js';
import type { DueItem, DueStatus } from '../pathway/dueItems.js';
import type { PlanAction, PlanActionStatus } from '../pathway/plan/planActions.js';

/*
 * RFC 5545 iCalendar of a case's open deadlines, one all-day event each. The output is a pure
 * function of its input: no clock is read (DTSTAMP comes from `generatedAt` or the item) and
 * UIDs are derived from the case, the rule and the start of the period, so exporting again
 * updates a calendar's events instead of adding copies.
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
  /**
   * Plan actions to export too (from `planActions`): each open one (upcoming, due today or
   * overdue) as an all-day event on its latest due date, its UID fixed by the action's id and
   * the day it was agreed, so a revised due date moves the event rather than adding one.
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
 * The open deadlines (upcoming, due today or overdue) of a case as an RFC 5545 iCalendar: one
 * all-day event on each due date, the rule's title in the summary and the rule, its source and
 * the status in the description; with `options.actions`, the plan's open actions too. Lines
 * end in CRLF and are folded at 75 octets of UTF-8.
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
  for (const item of items) {
    if (!isOpen(item.status)) continue;
    const baseUid = `${encodeURIComponent(caseId)}-${item.timescale}-${item.from}`;
    // Two open deadlines of one rule from one start would share a UID: number the later ones.
    const seen = used.get(baseUid) ?? 0;
    used.set(baseUid, seen + 1);
    const description = [
      item.explanation,
      ...(item.notBefore === undefined ? [] : [`Not before ${item.notBefore}.`]),
      `Rule: ${item.rule.id}.${item.explanation.includes(item.rule.source) ? '' : ` Source: ${item.rule.source}.`}`,
    ].join('\n');
    lines.push(
      ...allDayEvent({
        uid: `${baseUid}${seen === 0 ? '' : `-${seen + 1}`}`,
        stamp: stamp ?? utcStamp(item.from, 'from'),
        due: item.due,
        summary: `${caseId}: ${item.rule.title}${item.status === 'overdue' ? ' (overdue)' : ''}`,
        description,
        category: categoryOf[item.kind],
      }),
    );
  }
  for (const action of options.actions ?? []) {
    if (!isOpen(action.status)) continue;
    const revised = action.revisions === 0 ? '' : ` (revised ${action.revisions} time${action.revisions === 1 ? '' : 's'})`;
    lines.push(
      ...allDayEvent({
        // An action id is unique among open actions; the day agreed tells apart a reused id.
        uid: `${encodeURIComponent(caseId)}-action-${action.action}-${action.agreedOn}`,
        stamp: stamp ?? utcStamp(action.agreedOn, 'agreedOn'),
        due: action.due,
        summary: `${caseId}: plan action ${action.action} (${action.owner})${action.status === 'overdue' ? ' (overdue)' : ''}`,
        description: `Plan action ${action.action}, owner ${action.owner}: agreed ${action.agreedOn}, due by ${action.due}${revised}: ${action.status === 'dueToday' ? 'due today' : action.status}.`,
        category: 'Plan action',
      }),
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** One all-day VEVENT's lines. */
function allDayEvent(event: { uid: string; stamp: string; due: string; summary: string; description: string; category: string }): string[] {
  const start = toEpochDay(event.due, 'due');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.uid}@child-protection-pathway`)}`,
    `DTSTAMP:${event.stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(fromEpochDay(start))}`,
    `DTEND;VALUE=DATE:${compactDate(fromEpochDay(start + 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `CATEGORIES:${escapeText(event.category)}`,
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
