import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarError, dueItems, parseEvents, replay, type CaseEvent, type CaseState, type DueItem } from '../../src/index.js';
import { escapeText, foldLine, toICalendar } from '../../src/outputs/iCalendar.js';

/*
 * The output is read back with ical.js, an independent RFC 5545 parser, so that escaping,
 * folding and the event fields are checked by a reader that is not ours.
 */

function stateOf(events: readonly CaseEvent[], child = {}): CaseState {
  const result = replay(events, { child });
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

function exampleCase(): CaseState {
  const parsed = parseEvents(readFileSync(new URL('../../examples/case-example.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return stateOf(parsed.events, parsed.child);
}

/** An enquiry whose conference is overdue, plus police protection (an hours rule). */
const emergencyEvents: CaseEvent[] = [
  { type: 'referralReceived', date: '2026-03-02' },
  { type: 'strategyDiscussionHeld', date: '2026-03-03', decision: 'section47' },
  { type: 'policeProtectionStarted', date: '2026-03-28', at: '2026-03-28T22:15:00Z' },
];

interface ParsedEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly start: ICAL.Time;
  readonly end: ICAL.Time;
  readonly stamp: string;
}

function parse(ics: string): { readonly calendar: ICAL.Component; readonly events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      stamp: String(component.getFirstPropertyValue('dtstamp')),
    };
  });
  return { calendar, events };
}

/** A property of unknown type (NAME, X-WR-CALNAME) decoded as RFC 5545 TEXT by ical.js. */
function textOf(calendar: ICAL.Component, name: string): string {
  return ICAL.design.icalendar.value.text.fromICAL(String(calendar.getFirstPropertyValue(name)));
}

const isOpen = (item: DueItem): boolean => ['upcoming', 'dueToday', 'overdue'].includes(item.status);

/** Each physical line of the output as bytes, split at CRLF. */
function octetLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  expect(start, 'the output ends with CRLF').toBe(bytes.length);
  return lines;
}

describe('toICalendar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes an all-day event per open deadline, and a timed one for an hours limit, read back by ical.js', () => {
    const items = dueItems(stateOf(emergencyEvents), { asOf: '2026-03-30' });
    const open = items.filter(isOpen);
    expect(open.map((item) => item.status)).toContain('overdue');
    expect(open.some((item) => item.dueAt !== undefined)).toBe(true);
    const ics = toICalendar(items, { caseId: 'case-117', calendarName: 'Deadlines' });
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Deadlines');
    expect(events).toHaveLength(open.length);
    open.forEach((item, position) => {
      const event = events[position] as ParsedEvent;
      expect(event.uid).toBe(`case-117-${item.timescale}-1@child-protection-pathway`);
      if (item.dueAt === undefined) {
        expect(event.start.isDate).toBe(true);
        expect(event.start.toString()).toBe(item.due);
        expect(event.end.isDate).toBe(true);
        const next = new Date(Date.parse(`${item.due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(event.end.toString()).toBe(next);
      } else {
        // The exact moment, in UTC: police protection from 22:15 UTC on 28 March 2026 ends
        // 72 hours later, 22:15 UTC on 31 March (23:15 BST).
        expect(item.dueAt).toBe('2026-03-31T23:15:00+01:00');
        expect(event.start.isDate).toBe(false);
        expect(event.start.zone.tzid).toBe('UTC');
        expect(event.start.toJSDate().toISOString()).toBe('2026-03-31T22:15:00.000Z');
        expect(event.end.compare(event.start)).toBe(0);
      }
      expect(event.summary).toContain(item.rule.title);
      expect(event.summary.startsWith('case-117: ')).toBe(true);
      expect(event.description).toContain(item.explanation);
      expect(event.description).toContain(item.rule.source);
    });
  });

  it('times an emergency protection order, and its extension, at the moment each ends', () => {
    const made: CaseEvent[] = [
      { type: 'referralReceived', date: '2026-10-20' },
      { type: 'emergencyProtectionOrderMade', date: '2026-10-22', at: '2026-10-22T16:30:00+01:00', endsAt: '2026-10-29T16:30:00Z' },
    ];
    const extended: CaseEvent[] = [
      ...made,
      { type: 'emergencyProtectionOrderExtended', date: '2026-10-28', at: '2026-10-28T11:00:00Z', endsAt: '2026-11-05T12:00:00Z' },
    ];
    const before = parse(toICalendar(dueItems(stateOf(made), { asOf: '2026-10-23' }), { caseId: 'c' })).events;
    const order = before.find((event) => event.uid === 'c-emergencyProtectionOrder-1@child-protection-pathway');
    expect(order?.start.isDate).toBe(false);
    expect(order?.start.toJSDate().toISOString()).toBe('2026-10-29T16:30:00.000Z');
    const after = parse(toICalendar(dueItems(stateOf(extended), { asOf: '2026-10-29' }), { caseId: 'c' })).events;
    const extension = after.find((event) => event.uid === 'c-emergencyProtectionOrderExtension-1@child-protection-pathway');
    expect(extension?.start.toJSDate().toISOString()).toBe('2026-11-05T12:00:00.000Z');
  });

  it('keeps UIDs when deadlines move: built from the case, timescale and sequence, not dates', () => {
    // The strategy discussion moves from 3 to 10 March: the initial conference is due a week
    // later, and a calendar app must update its event, not add a second one.
    const moved = emergencyEvents.map((event) => (event.type === 'strategyDiscussionHeld' ? { ...event, date: '2026-03-10' } : event));
    const early = parse(toICalendar(dueItems(stateOf(emergencyEvents), { asOf: '2026-03-11' }), { caseId: 'c' })).events;
    const late = parse(toICalendar(dueItems(stateOf(moved), { asOf: '2026-03-11' }), { caseId: 'c' })).events;
    const conference = (events: ParsedEvent[]) => events.find((event) => event.uid.startsWith('c-initialConference-'));
    expect(conference(early)?.uid).toBe('c-initialConference-1@child-protection-pathway');
    expect(conference(late)?.uid).toBe(conference(early)?.uid);
    expect(conference(late)?.start.toString()).not.toBe(conference(early)?.start.toString());
    expect(late.map((event) => event.uid).sort()).toEqual(early.map((event) => event.uid).sort());
  });

  it('numbers the items of one timescale in order, counting met ones, so a UID survives an earlier item being met', () => {
    const items = dueItems(exampleCase(), { asOf: '2025-06-01' });
    const byTimescale = new Map<string, number>();
    const expected = items.flatMap((item) => {
      const sequence = (byTimescale.get(item.timescale) ?? 0) + 1;
      byTimescale.set(item.timescale, sequence);
      return isOpen(item) ? [`example-${item.timescale}-${sequence}@child-protection-pathway`] : [];
    });
    expect([...byTimescale.values()].some((count) => count > 1)).toBe(true);
    const { events } = parse(toICalendar(items, { caseId: 'example' }));
    expect(events.map((event) => event.uid)).toEqual(expected);
    expect(new Set(expected).size).toBe(expected.length);
  });

  it('adds a VALARM for each alarm, read back by ical.js as a trigger before the event', () => {
    const items = dueItems(stateOf(emergencyEvents), { asOf: '2026-03-30' });
    const ics = toICalendar(items, { caseId: 'c', alarms: [{ before: 'P2D' }, { before: 'PT4H30M' }, { before: 'P1W' }] });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(items.filter(isOpen).length);
    for (const vevent of vevents) {
      const alarms = vevent.getAllSubcomponents('valarm');
      expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY']);
      const seconds = alarms.map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
      expect(seconds).toEqual([-2 * 86_400, -(4 * 3_600 + 30 * 60), -7 * 86_400]);
      expect(alarms.every((alarm) => alarm.getFirstPropertyValue('description') === vevent.getFirstPropertyValue('summary'))).toBe(true);
    }
    expect(toICalendar(items, { caseId: 'c', alarms: [] })).toBe(toICalendar(items, { caseId: 'c' }));
  });

  it.each(['2D', 'P', 'PT', 'P1DT', 'P1W2D', '-P2D', 'P1.5D', 'P2d'])('refuses the alarm duration %j', (before) => {
    expect(() => toICalendar([], { caseId: 'c', alarms: [{ before }] })).toThrow(/alarms\[0\]\.before must be a duration/);
  });

  it('leaves out deadlines already met', () => {
    const items = dueItems(exampleCase(), { asOf: '2025-06-01' });
    const open = items.filter(isOpen);
    expect(items.length).toBeGreaterThan(open.length);
    const { events } = parse(toICalendar(items, { caseId: 'example' }));
    expect(events.map((event) => event.start.toString())).toEqual(open.map((item) => item.due));
  });

  it('writes a calendar with no events when nothing is open', () => {
    const items = dueItems(exampleCase(), { asOf: '2025-06-01' }).filter((item) => !isOpen(item));
    const ics = toICalendar(items, { caseId: 'example' });
    expect(parse(ics).events).toHaveLength(0);
    expect(ics).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//child-protection-pathway//child-protection-pathway//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
  });

  it('keeps each UID when the case is exported again later, so a calendar updates rather than duplicates', () => {
    const state = stateOf(emergencyEvents);
    const early = parse(toICalendar(dueItems(state, { asOf: '2026-03-04' }), { caseId: 'c' })).events;
    const late = parse(toICalendar(dueItems(state, { asOf: '2026-03-30' }), { caseId: 'c' })).events;
    const conference = (events: ParsedEvent[]) => events.find((event) => event.uid.startsWith('c-initialConference-'));
    expect(conference(early)?.uid).toBe(conference(late)?.uid);
    expect(conference(early)?.summary).not.toContain('overdue');
    expect(conference(late)?.summary).toContain('(overdue)');
    expect(new Set(late.map((event) => event.uid)).size).toBe(late.length);
  });

  it('stamps events from generatedAt, or from the start of each period, never from the clock', () => {
    const items = dueItems(stateOf(emergencyEvents), { asOf: '2026-03-30' });
    const stamped = parse(toICalendar(items, { caseId: 'c', generatedAt: '2026-03-30T10:00:00+01:00' })).events;
    expect(stamped.every((event) => event.stamp === '2026-03-30T09:00:00Z')).toBe(true);
    const byDate = parse(toICalendar(items, { caseId: 'c', generatedAt: '2026-03-30' })).events;
    expect(byDate.every((event) => event.stamp === '2026-03-30T00:00:00Z')).toBe(true);

    const first = toICalendar(items, { caseId: 'c' });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-01T12:00:00Z'));
    expect(toICalendar(items, { caseId: 'c' })).toBe(first);
    const open = items.filter(isOpen);
    const stamps = parse(first).events.map((event) => event.stamp);
    expect(stamps).toEqual(
      open.map((item) => (item.from.length === 10 ? `${item.from}T00:00:00Z` : new Date(item.from).toISOString().replace('.000Z', 'Z'))),
    );
  });

  it('escapes backslash, semicolon, comma and line breaks in text, and ical.js reads them back', () => {
    const name = 'North\\East; team, "A"\nsecond line\r\nthird';
    const items = dueItems(stateOf(emergencyEvents), { asOf: '2026-03-30' });
    const ics = toICalendar(items, { caseId: 'case;1,2\\3', calendarName: name });
    expect(ics).toContain('X-WR-CALNAME:North\\\\East\\; team\\, "A"\\nsecond line\\nthird\r\n');
    const { calendar, events } = parse(ics);
    // ical.js does not know X-WR-CALNAME's type: decode its raw value with ical.js's TEXT decoder.
    expect(textOf(calendar, 'x-wr-calname')).toBe('North\\East; team, "A"\nsecond line\nthird');
    expect(textOf(calendar, 'name')).toBe('North\\East; team, "A"\nsecond line\nthird');
    expect(events[0]?.summary.startsWith('case;1,2\\3: ')).toBe(true);
    expect(events[0]?.uid).toMatch(/^case%3B1%2C2%5C3-[a-zA-Z]+-1@/);
  });

  it('drops control characters that TEXT does not allow, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('ends every line with CRLF and folds at 75 octets of UTF-8 without splitting a character', () => {
    const calendarName = `${'Équipe de protection de l’enfance 児童保護チーム 😀🧒🏽 '.repeat(6)}end`;
    const caseId = `${'ケース'.repeat(30)}-ü`;
    const items = dueItems(stateOf(emergencyEvents), { asOf: '2026-03-30' });
    const ics = toICalendar(items, { caseId, calendarName, generatedAt: '2026-03-30' });
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines = octetLines(ics);
    let folded = 0;
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      // A split character would make a line invalid UTF-8 on its own.
      expect(() => decoder.decode(line)).not.toThrow();
      if (line[0] === 32) folded++;
    }
    expect(folded).toBeGreaterThan(10);
    const { calendar, events } = parse(ics);
    expect(textOf(calendar, 'x-wr-calname')).toBe(calendarName);
    expect(events.every((event) => event.summary.startsWith(`${caseId}: `))).toBe(true);
  });

  it('folds a long line into pieces of 75 then 74 octets plus the leading space', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const pieces = folded.split('\r\n');
    // 12 ASCII octets and 31 two-octet characters make 74: a 32nd character would make 76.
    expect(new TextEncoder().encode(pieces[0]).length).toBe(74);
    for (const piece of pieces.slice(1)) {
      expect(piece.startsWith(' ')).toBe(true);
      expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    }
    expect(pieces.map((piece, index) => (index === 0 ? piece : piece.slice(1))).join('')).toBe(line);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('refuses a missing or blank case id', () => {
    expect(() => toICalendar([], { caseId: '' })).toThrow(CalendarError);
    expect(() => toICalendar([], { caseId: undefined as unknown as string })).toThrow(/caseId must be a non-empty string/);
    expect(() => toICalendar([], { caseId: 'c', generatedAt: '2026-02-30' })).toThrow(CalendarError);
  });
});

describe('toICalendar and a booked conference', () => {
  // Referral Mon 5 Jan 2026, strategy discussion Tue 6 Jan (ICPC due Tue 27 Jan), booked on
  // Wed 7 Jan for Mon 26 Jan, then moved on Wed 14 Jan to Wed 28 Jan.
  const enquiry: CaseEvent[] = [
    { type: 'referralReceived', date: '2026-01-05' },
    { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' },
  ];
  const booked: CaseEvent[] = [...enquiry, { type: 'conferenceScheduled', date: '2026-01-07', conference: 'initial', on: '2026-01-26' }];
  const moved: CaseEvent[] = [...booked, { type: 'conferenceScheduled', date: '2026-01-14', conference: 'initial', on: '2026-01-28' }];
  const exported = (events: CaseEvent[], asOf: string) => parse(toICalendar(dueItems(stateOf(events), { asOf }), { caseId: 'case-7', generatedAt: asOf })).events;

  it('exports the conference on its booked day beside its deadline, and its preparation', () => {
    const events = exported(booked, '2026-01-07');
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(byUid.get('case-7-initialConference-1-booked@child-protection-pathway')).toMatchObject({
      summary: 'case-7: Initial child protection conference (booked)',
      description: 'Initial child protection conference: booked for 2026-01-26, due by 2026-01-27.',
    });
    expect(byUid.get('case-7-initialConference-1-booked@child-protection-pathway')?.start.toString()).toBe('2026-01-26');
    // Counting back from Mon 26 Jan: Fri 23 (1), Thu 22 (2), Wed 21 (3), Tue 20 (4), Mon 19 (5).
    expect(byUid.get('case-7-familyReport-1@child-protection-pathway')?.start.toString()).toBe('2026-01-21');
    expect(byUid.get('case-7-conferenceInvitations-1@child-protection-pathway')?.start.toString()).toBe('2026-01-19');
    expect(byUid.get('case-7-agencyReports-1@child-protection-pathway')?.start.toString()).toBe('2026-01-21');
  });

  it('keeps every UID when the booking moves, so a calendar updates its events', () => {
    const before = exported(booked, '2026-01-07');
    const after = exported(moved, '2026-01-14');
    expect(after.map((event) => event.uid).sort()).toEqual(before.map((event) => event.uid).sort());
    const uidOf = (events: typeof after, uid: string) => events.find((event) => event.uid === uid);
    // Back from Wed 28 Jan: Tue 27 (1), Mon 26 (2), Fri 23 Jan (3).
    expect(uidOf(after, 'case-7-familyReport-1@child-protection-pathway')?.start.toString()).toBe('2026-01-23');
    expect(uidOf(after, 'case-7-initialConference-1-booked@child-protection-pathway')?.description).toBe(
      'Initial child protection conference: booked for 2026-01-28, due by 2026-01-27 (booked after the due date).',
    );
  });
});
