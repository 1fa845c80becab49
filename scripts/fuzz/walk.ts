import { allowedEvents, applyEvent, eventTracks, newCase, type CaseEvent, type CaseEventType, type CaseState, type ChildDetails } from '../../src/index.js';
import { eventShape, resolved, type SchemaDefinitions, type SchemaNode } from './eventShapes.js';
import type { Random } from './random.js';

/** A secret a worker could write in a note: each must never come back out of the library. */
export const secrets = ['Amelia Hartley-Quinn', '943 476 5919', '12 Acacia Avenue, Leeds LS6 2AB'] as const;

const DAY_MS = 86_400_000;
/** An epoch day as `YYYY-MM-DD`. */
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** A `YYYY-MM-DD` text as an epoch day. */
export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const EARLIEST = dayOf('1950-01-01');
const LATEST = dayOf('2095-12-31');
const AROUND_NOW = dayOf('2015-01-01');

/** A log walked through the state machine: the events (accepted, bar perhaps the last) and the child. */
export interface WalkedLog {
  readonly child: ChildDetails;
  readonly events: CaseEvent[];
}

/**
 * A realistic case: from a new case, each step picks one of `allowedEvents` (every track:
 * conferences and plans, legal and emergency orders, transfers, re-referrals after a case
 * closes), fills its fields from the event's schema and dates it a few days after the last,
 * and keeps it when `applyEvent` accepts it. Some walks end with one refused event, as an app
 * that records what happened regardless would have.
 */
export function walkLog(random: Random, definitions: SchemaDefinitions): WalkedLog {
  const child = childDetails(random);
  const length = random.chance(0.1) ? random.between(40, 150) : random.between(1, 30);
  // Mostly cases of the calendar's own years; some far out, near the edges of the log's years.
  let day = random.chance(0.8) ? random.between(AROUND_NOW, AROUND_NOW + 365 * 15) : random.between(EARLIEST, LATEST);
  let state: CaseState = newCase({ child });
  const events: CaseEvent[] = [];
  const ids: Ids = new Map();
  while (events.length < length) {
    const allowed = allowedEvents(state);
    let accepted = false;
    for (let attempt = 0; attempt < 4 && !accepted; attempt++) {
      const type = random.pick(onTrack(random, allowed));
      const next = day + (random.chance(0.1) ? 0 : random.between(0, random.chance(0.2) ? 120 : 15));
      const event = eventOf(random, definitions, type, next, ids);
      // Typed by phase at compile time; a walk holds a state of any phase, so the event is checked at run time.
      const result = applyEvent(state, event as never);
      if (result.ok) {
        events.push(event);
        state = result.state;
        day = next;
        accepted = true;
      } else if (attempt === 3 && random.chance(0.3)) {
        events.push(event);
        return { child, events };
      }
    }
    if (!accepted) break;
  }
  return { child, events };
}

/**
 * The allowed events of one track, drawn mostly from social care (emergency and legal events are
 * allowed at almost every point, and uniform choices would leave few conferences and plans).
 */
function onTrack(random: Random, allowed: readonly CaseEventType[]): readonly CaseEventType[] {
  const roll = random.next();
  const track = roll < 0.65 ? 'socialCare' : roll < 0.9 ? 'legal' : 'emergency';
  const chosen = allowed.filter((type) => eventTracks[type] === track);
  return chosen.length > 0 ? chosen : allowed;
}

function childDetails(random: Random): ChildDetails {
  const roll = random.next();
  if (roll < 0.3) return {};
  const day = random.between(AROUND_NOW - 365 * 18, AROUND_NOW + 365 * 15);
  return roll < 0.85 ? { dateOfBirth: isoOf(day) } : { expectedDeliveryDate: isoOf(day) };
}

/**
 * The ids a walk has written so far, by field name: an event that names an earlier record (a
 * plan action revised or completed) mostly names one the log already holds.
 */
type Ids = Map<string, string[]>;

/** One event of `type` on `day`, each field drawn from its schema; a note, sometimes personal. */
function eventOf(random: Random, definitions: SchemaDefinitions, type: CaseEventType, day: number, ids: Ids): CaseEvent {
  const shape = eventShape(definitions, type);
  const event: Record<string, unknown> = { type, date: isoOf(day) };
  const required = new Set(shape.required ?? []);
  for (const [name, node] of Object.entries(shape.properties ?? {})) {
    if (name === 'type' || name === 'date') continue;
    if (name === 'note') {
      if (random.chance(0.3)) event.note = `Seen at home with ${random.pick(secrets)}.`;
      continue;
    }
    if (!required.has(name) && random.chance(0.2)) continue;
    event[name] = valueOf(random, definitions, node, day, name, ids);
  }
  return event as CaseEvent;
}

/** A valid value for the schema node of field `name`, dates near `day`. */
function valueOf(random: Random, definitions: SchemaDefinitions, raw: SchemaNode, day: number, name: string, ids: Ids): unknown {
  if (raw.$ref?.endsWith('/isoDate')) return isoOf(day + random.between(-3, 10));
  if (raw.$ref?.endsWith('/isoDateTime')) return dateTimeOf(random, day + random.between(0, 3));
  const node = resolved(definitions, raw);
  if (node.const !== undefined) return node.const;
  if (node.enum !== undefined) return random.pick(node.enum);
  const choices = node.oneOf ?? node.anyOf;
  if (choices !== undefined) return valueOf(random, definitions, random.pick(choices), day, name, ids);
  switch (node.type) {
    case 'integer':
    case 'number':
      return random.between(node.minimum ?? 1, node.maximum ?? (node.minimum ?? 1) + 10);
    case 'boolean':
      return random.chance(0.5);
    case 'string': {
      // An id the app chose (an action id, say): echoed by design, never personal.
      const known = ids.get(name) ?? [];
      if (known.length > 0 && random.chance(0.7)) return random.pick(known);
      const id = `${name}-${known.length + 1}`;
      ids.set(name, [...known, id]);
      return id;
    }
    case 'array': {
      const items = node.items ?? {};
      const count = random.between(node.minItems ?? 0, Math.max(node.minItems ?? 0, Math.min(node.maxItems ?? 3, 3)));
      const values = Array.from({ length: count }, () => valueOf(random, definitions, items, day, name, ids));
      return [...new Set(values.map((value) => JSON.stringify(value)))].map((text) => JSON.parse(text) as unknown);
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      const required = new Set(node.required ?? []);
      for (const [field, child] of Object.entries(node.properties ?? {})) {
        if (required.has(field) || random.chance(0.5)) value[field] = valueOf(random, definitions, child, day, field, ids);
      }
      return value;
    }
    default:
      return null;
  }
}

/** A date-time on `day` with an offset: UTC, British Summer Time, or a far offset. */
function dateTimeOf(random: Random, day: number): string {
  const hour = String(random.between(0, 23)).padStart(2, '0');
  const minute = String(random.between(0, 59)).padStart(2, '0');
  const offset = random.pick(['Z', '+01:00', '-05:00', '+14:00', '-11:00']);
  return `${isoOf(day)}T${hour}:${minute}:00${offset}`;
}
