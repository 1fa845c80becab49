import type { CaseEvent } from './events.js';

/** One edge of a track's transition table; `when` names the decision or outcome that selects it. */
export interface Edge<P extends string> {
  readonly from: P;
  readonly event: string;
  readonly when?: string;
  readonly to: P;
}

/** The phase an event leads to from a phase in a table, or undefined when the table has no edge. */
export function nextPhase<P extends string>(edges: readonly Edge<P>[], phase: P, event: CaseEvent): P | undefined {
  const when = 'decision' in event ? event.decision : 'outcome' in event ? event.outcome : undefined;
  for (const edge of edges) {
    if (edge.from === phase && edge.event === event.type && (edge.when === undefined || edge.when === when)) return edge.to;
  }
  return undefined;
}
