import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  emergencyEventTypes,
  legalEdges,
  legalPhases,
  replay,
  socialCareEdges,
  socialPhases,
  type CaseEvent,
  type CaseState,
} from '../../src/index.js';
import { caseMermaid, emergencyEdges, emergencyMeasures, pathwayDiagram, timeLimitLabel } from '../../src/outputs/mermaid.js';

interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly labels: readonly string[];
}

/** The diagram's arrows, read back from its text. */
function arrowsOf(diagram: string): Arrow[] {
  return diagram
    .split('\n')
    .map((line) => /^\s*(\S+) --> (\S+) : (.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ from: match[1] as string, to: match[2] as string, labels: (match[3] as string).split('<br/>') }));
}

/** The ids declared with `state "description" as id`. */
function statesOf(diagram: string): Map<string, string> {
  const states = new Map<string, string>();
  for (const match of diagram.matchAll(/^\s*state "([^"]*)" as (\w+)(?: \{)?$/gm)) states.set(match[2] as string, match[1] as string);
  return states;
}

const labelOf = (edge: { readonly event: string; readonly when?: string }): string =>
  edge.when === undefined ? edge.event : `${edge.event} [${edge.when}]`;

function stateOf(events: readonly CaseEvent[]): CaseState {
  const result = replay(events);
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe('pathwayDiagram', () => {
  const diagram = pathwayDiagram();
  const arrows = arrowsOf(diagram);
  const states = statesOf(diagram);

  it('is a Mermaid state diagram with balanced composite states and the tracks as concurrent regions', () => {
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(diagram.split('{').length).toBe(diagram.split('}').length);
    // Social care | legal | emergency, and inside emergency its three measures.
    expect(diagram.match(/^\s*--$/gm)).toHaveLength(2 + 2);
    expect(states.get('socialCare')).toBe('Social care');
    expect(states.has('legal')).toBe(true);
    expect(states.has('emergency')).toBe(true);
  });

  it('declares every phase of both tables once, with its description', () => {
    for (const [phase, description] of Object.entries(socialPhases)) expect(states.get(`social_${phase}`)).toBe(description);
    for (const [phase, description] of Object.entries(legalPhases)) expect(states.get(`legal_${phase}`)).toBe(description);
    const declared = [...diagram.matchAll(/ as (\w+)/g)].map((match) => match[1]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('draws every edge of the transition tables, and no arrow that is not in them', () => {
    const tableEdges = [
      ...socialCareEdges.map((edge) => ({ from: `social_${edge.from}`, to: `social_${edge.to}`, label: labelOf(edge) })),
      ...legalEdges.map((edge) => ({ from: `legal_${edge.from}`, to: `legal_${edge.to}`, label: labelOf(edge) })),
    ];
    for (const edge of tableEdges) {
      const arrow = arrows.find((candidate) => candidate.from === edge.from && candidate.to === edge.to);
      expect(arrow?.labels, `${edge.from} -> ${edge.to}`).toContain(edge.label);
    }
    const trackArrows = arrows.filter((arrow) => /^(social|legal)_/.test(arrow.from));
    const drawn = trackArrows.flatMap((arrow) => arrow.labels.map((label) => `${arrow.from} ${label} ${arrow.to}`));
    expect(drawn.sort()).toEqual(tableEdges.map((edge) => `${edge.from} ${edge.label} ${edge.to}`).sort());
    // One arrow per pair of phases: parallel edges share a label.
    expect(new Set(trackArrows.map((arrow) => `${arrow.from} ${arrow.to}`)).size).toBe(trackArrows.length);
  });

  it('draws every emergency event once, on its measure, and a time limit out of every measure', () => {
    for (const type of emergencyEventTypes) {
      const edge = emergencyEdges[type];
      const matching = arrows.filter((arrow) => arrow.labels.includes(type));
      expect(matching, type).toHaveLength(1);
      expect(matching[0]).toMatchObject({ from: `${edge.measure}_${edge.from}`, to: `${edge.measure}_${edge.to}` });
    }
    for (const measure of Object.keys(emergencyMeasures)) {
      expect(arrows.find((arrow) => arrow.from === `${measure}_on` && arrow.to === `${measure}_off`)?.labels).toContain(timeLimitLabel);
    }
  });

  it('starts each region in its initial phase', () => {
    for (const start of ['social_none', 'legal_none', 'policeProtection_off', 'emergencyProtectionOrder_off', 'childAssessmentOrder_off']) {
      expect(diagram).toContain(`[*] --> ${start}\n`);
    }
  });
});

describe('caseMermaid', () => {
  const events: CaseEvent[] = [
    { type: 'referralReceived', date: '2026-03-02' },
    { type: 'strategyDiscussionHeld', date: '2026-03-03', decision: 'section47' },
    { type: 'legalPlanningMeetingHeld', date: '2026-03-20', decision: 'preProceedings' },
    { type: 'policeProtectionStarted', date: '2026-03-28', at: '2026-03-28T22:15:00Z' },
  ];
  const classLine = (text: string): string[] => /^ {2}class (\S+) current$/m.exec(text)?.[1]?.split(',') ?? [];

  it('is the pathway diagram with the current phase of each track highlighted', () => {
    const text = caseMermaid(stateOf(events));
    expect(text.startsWith(pathwayDiagram())).toBe(true);
    expect(text).toMatch(/^ {2}classDef current /m);
    expect(classLine(text)).toEqual([
      'social_enquiry',
      'legal_preProceedings',
      'policeProtection_on',
      'emergencyProtectionOrder_off',
      'childAssessmentOrder_off',
    ]);
    const declared = statesOf(text);
    for (const id of classLine(text)) expect(declared.has(id), id).toBe(true);
  });

  it('shows a measure whose time limit has passed by asOf as no longer in force', () => {
    const state = stateOf(events);
    expect(classLine(caseMermaid(state, { asOf: '2026-03-31' }))).toContain('policeProtection_on');
    expect(classLine(caseMermaid(state, { asOf: '2026-04-01' }))).toContain('policeProtection_off');
  });

  it('shows a new case in the initial phases', () => {
    expect(classLine(caseMermaid(stateOf([])))).toEqual([
      'social_none',
      'legal_none',
      'policeProtection_off',
      'emergencyProtectionOrder_off',
      'childAssessmentOrder_off',
    ]);
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => caseMermaid(stateOf([]), { asOf: '2026-02-30' })).toThrow(CalendarError);
  });
});
