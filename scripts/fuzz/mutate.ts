import type { Random } from './random.js';
import { secrets, type WalkedLog } from './walk.js';

/*
 * Mutations of a walked log: what a buggy app, a hand-edited file or a hostile client sends.
 * Every personal-looking value comes from `secrets`, so the checks can look for it in every
 * output afterwards.
 */

const impossibleDates = ['2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '1899-12-31', '2100-01-01', '10000-01-06', '2026-2-3', ''];
const impossibleDateTimes = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59-23:59', '2026-02-30T10:00:00Z', '2026-03-29T01:30:00', '2026-01-05T25:00:00Z'];
const wrongTypes: readonly (() => unknown)[] = [() => 42, () => null, () => true, () => [], () => ({}), () => -1.5, () => '2026-01-05'];

/** The names of the mutations, for the totals. */
export const mutationKinds = [
  'dropField',
  'wrongType',
  'impossibleDate',
  'impossibleDateTime',
  'hugeString',
  'prototypeKey',
  'deepNesting',
  'unknownField',
  'personalValue',
  'personalType',
  'reorder',
  'duplicate',
  'badChild',
  'notALog',
  'jsonText',
  'brokenJson',
] as const;
export type MutationKind = (typeof mutationKinds)[number];

/** A log as parseEvents is given it: a parsed value or JSON text. */
export type FuzzInput = unknown;

/**
 * One to three mutations of a walked log, drawn from `random`. The result is new: the walked
 * log is not changed. Returns the input for parseEvents and the mutations made.
 */
export function mutateLog(random: Random, log: WalkedLog): { input: FuzzInput; kinds: MutationKind[] } {
  // A JSON copy: the walked log is left alone, and `__proto__` keys below are own fields, as JSON.parse makes them.
  const events = JSON.parse(JSON.stringify(log.events)) as Record<string, unknown>[];
  let child = JSON.parse(JSON.stringify(log.child)) as Record<string, unknown>;
  const kinds: MutationKind[] = [];
  let input: FuzzInput | undefined;
  const count = random.between(1, 3);
  for (let n = 0; n < count; n++) {
    const kind = random.pick(mutationKinds);
    kinds.push(kind);
    const target = events.length === 0 ? undefined : random.pick(events);
    const fields = target === undefined ? [] : Object.keys(target);
    const field = fields.length === 0 ? 'date' : random.pick(fields);
    const secret = random.pick(secrets);
    switch (kind) {
      case 'dropField':
        if (target !== undefined) delete target[field];
        break;
      case 'wrongType':
        if (target !== undefined) target[field] = random.pick(wrongTypes)();
        break;
      case 'impossibleDate':
        if (target !== undefined) target[random.pick(['date', 'startsOn', 'endsOn', field])] = random.pick(impossibleDates);
        break;
      case 'impossibleDateTime':
        if (target !== undefined) target[random.pick(['at', 'endsAt', 'date'])] = random.pick(impossibleDateTimes);
        break;
      case 'hugeString':
        if (target !== undefined) target[random.pick(['note', field, 'date'])] = `${secret} `.repeat(random.between(1_000, 40_000));
        break;
      case 'prototypeKey':
        if (target !== undefined) {
          const key = random.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']);
          Object.assign(target, JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify({ polluted: secret, type: secret })}}`));
        } else child = JSON.parse(`{"__proto__": {"dateOfBirth": ${JSON.stringify(secret)}}}`) as Record<string, unknown>;
        break;
      case 'deepNesting':
        if (target !== undefined) target[field] = nested(random.between(100, 3_000), secret, random.chance(0.5));
        break;
      case 'unknownField':
        if (target !== undefined) target[random.chance(0.5) ? secret : 'nhsNumber'] = secret;
        break;
      case 'personalValue':
        if (target !== undefined) target[field] = secret;
        break;
      case 'personalType':
        if (target !== undefined) target.type = secret;
        break;
      case 'reorder':
        if (events.length > 1) events.reverse();
        break;
      case 'duplicate':
        if (target !== undefined) events.splice(random.between(0, events.length), 0, JSON.parse(JSON.stringify(target)) as Record<string, unknown>);
        break;
      case 'badChild':
        child = random.pick<Record<string, unknown>>([
          { dateOfBirth: random.pick(impossibleDates) },
          { expectedDeliveryDate: random.pick(impossibleDates) },
          { dateOfBirth: secret },
          { name: secret },
          { dateOfBirth: 19_990_101 },
        ]);
        break;
      case 'notALog':
        input = random.pick<unknown>([secret, 42, null, true, { events: secret }, { child, events: events[0] ?? null }, { [secret]: events }]);
        break;
      case 'jsonText':
        input = JSON.stringify({ child, events });
        break;
      case 'brokenJson':
        input = `${JSON.stringify({ child, events }).slice(0, -1)}, "${secret}"`;
        break;
    }
  }
  return { input: input ?? (random.chance(0.5) ? events : { child, events }), kinds };
}

/** `depth` arrays or objects one inside another, the secret at the bottom. */
function nested(depth: number, secret: string, arrays: boolean): unknown {
  let value: unknown = secret;
  for (let level = 0; level < depth; level++) value = arrays ? [value] : { [`level${level % 3}`]: value };
  return value;
}
