import type { CaseEvent } from './events.js';

/** One edge of a track's transition table; `when` names the decision or outcome that selects it. */
export interface Edge<P extends string> {
  readonly from: P;
  readonly event: string;
  readonly when?: string;
  readonly to: P;
}

/** Each table's edges grouped by phase, then event type; built on first use. */
const lookups = new WeakMap<readonly Edge<string>[], Map<string, Map<string, Edge<string>[]>>>();

/** The phase an event leads to from a phase in a table, or undefined when the table has no edge. */
export function nextPhase<P extends string>(edges: readonly Edge<P>[], phase: P, event: CaseEvent): P | undefined {
  const when = 'decision' in event ? event.decision : 'outcome' in event ? event.outcome : undefined;
  for (const edge of lookupOf(edges).get(phase)?.get(event.type) ?? []) {
    if (edge.when === undefined || edge.when === when) return edge.to as P;
  }
  return undefined;
}

function lookupOf(edges: readonly Edge<string>[]): Map<string, Map<string, Edge<string>[]>> {
  let lookup = lookups.get(edges);
  if (lookup === undefined) {
    lookup = new Map();
    for (const edge of edges) {
      const byEvent = lookup.get(edge.from) ?? new Map<string, Edge<string>[]>();
      byEvent.set(edge.event, [...(byEvent.get(edge.event) ?? []), edge]);
      lookup.set(edge.from, byEvent);
    }
    lookups.set(edges, lookup);
  }
  return lookup;
}
