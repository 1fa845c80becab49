import type { z } from 'zod';
import type { InputIssue } from '../rules/timescaleError.js';
import type { CaseEvent } from './events.js';

/**
 * Events that `parseEvents` produced (and froze), so `applyEvent` need not check them again: zod costs
 * more than the transition itself. A WeakSet holds no event alive and is never read for data.
 */
const validated = new WeakSet<object>();

/** Records events as checked by the schema. */
export function markValidated(events: readonly CaseEvent[]): void {
  for (const event of events) validated.add(Object.freeze(event));
}

/** True for an event that came out of `parseEvents`. */
export function isValidated(event: unknown): event is CaseEvent {
  return typeof event === 'object' && event !== null && validated.has(event);
}

/** Zod issues as path/message pairs, never echoing the values that failed. */
export function issuesOf(issues: readonly z.core.$ZodIssue[], prefix: string): InputIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))]
      .join('')
      .replace(/^\./, '');
    if (issue.code === 'unrecognized_keys') {
      // The names are not listed: in an untrusted log a field name can itself be personal data.
      const count = issue.keys.length;
      return { path: path === '' ? 'event' : path, message: `has ${count} field${count === 1 ? '' : 's'} that ${count === 1 ? 'is' : 'are'} not part of the format` };
    }
    return { path: path === '' ? 'event' : path, message: issue.message };
  });
}
