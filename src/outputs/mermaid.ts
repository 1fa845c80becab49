import { isoDate } from '../dates/isoDate.js';
import { londonDateOf } from '../dates/dateTime.js';
import { emergencyEventTypes, legalEdges, legalPhases, type LegalPhase } from '../pathway/legal/legalTable.js';
import { socialCareEdges, socialPhases, type SocialPhase } from '../pathway/socialCare/socialCareTable.js';
import type { CaseState } from '../pathway/state.js';

/*
 * The pathway as a Mermaid state diagram, drawn from the transition tables so that it cannot
 * drift from the code: one composite state with a concurrent region per track (Mermaid's `--`),
 * because the tracks run side by side. Edges between the same two phases share one arrow with
 * every event on its label.
 */

/** An emergency measure: each one is in force or not, independently of the others. */
export type EmergencyMeasure = 'policeProtection' | 'emergencyProtectionOrder' | 'childAssessmentOrder';

type EmergencyEventType = (typeof emergencyEventTypes)[number];

/** One emergency event as an edge of its measure's small on/off machine. */
export interface EmergencyEdge {
  readonly measure: EmergencyMeasure;
  readonly from: 'off' | 'on';
  readonly to: 'off' | 'on';
}

/**
 * Each emergency measure with its title and the statute it rests on.
 *
 * @example
 * emergencyMeasures.policeProtection; // 'Police protection (CA 1989 s46)'
 */
export const emergencyMeasures: Readonly<Record<EmergencyMeasure, string>> = {
  policeProtection: 'Police protection (CA 1989 s46)',
  emergencyProtectionOrder: 'Emergency protection order (CA 1989 s44-45)',
  childAssessmentOrder: 'Child assessment order (CA 1989 s43)',
};

/**
 * The emergency events as edges. The emergency track has no phase table (what is in force
 * guards each event), so the diagram draws it from this record; being total over
 * `emergencyEventTypes`, a new emergency event that is not drawn fails to compile.
 *
 * @example
 * emergencyEdges.policeProtectionStarted; // { measure: 'policeProtection', from: 'off', to: 'on' }
 */
export const emergencyEdges: { readonly [T in EmergencyEventType]: EmergencyEdge } = {
  policeProtectionStarted: { measure: 'policeProtection', from: 'off', to: 'on' },
  policeProtectionEnded: { measure: 'policeProtection', from: 'on', to: 'off' },
  emergencyProtectionOrderMade: { measure: 'emergencyProtectionOrder', from: 'off', to: 'on' },
  emergencyProtectionOrderExtended: { measure: 'emergencyProtectionOrder', from: 'on', to: 'on' },
  emergencyProtectionOrderEnded: { measure: 'emergencyProtectionOrder', from: 'on', to: 'off' },
  childAssessmentOrderMade: { measure: 'childAssessmentOrder', from: 'off', to: 'on' },
};

/**
 * The label of the arrow by which every measure ends without an event, at its time limit.
 *
 * @example
 * pathwayDiagram().includes(`policeProtection_on --> policeProtection_off : policeProtectionEnded<br/>${timeLimitLabel}`); // true
 */
export const timeLimitLabel = 'time limit reached';

/** The Mermaid id of a phase: track-prefixed, as the tracks share phase names (`none`). */
const socialId = (phase: SocialPhase): string => `social_${phase}`;
const legalId = (phase: LegalPhase): string => `legal_${phase}`;
const emergencyId = (measure: EmergencyMeasure, state: 'off' | 'on'): string => `${measure}_${state}`;

interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly labels: string[];
}

/** Edges merged by (from, to) in table order, each label `event [when]`. */
function arrows(edges: readonly { readonly from: string; readonly to: string; readonly label: string }[]): Arrow[] {
  const merged = new Map<string, Arrow>();
  for (const edge of edges) {
    const key = `${edge.from} ${edge.to}`;
    const arrow = merged.get(key);
    if (arrow === undefined) merged.set(key, { from: edge.from, to: edge.to, labels: [edge.label] });
    else if (!arrow.labels.includes(edge.label)) arrow.labels.push(edge.label);
  }
  return [...merged.values()];
}

const labelOf = (edge: { readonly event: string; readonly when?: string }): string =>
  edge.when === undefined ? edge.event : `${edge.event} [${edge.when}]`;

function region(indent: string, id: string, title: string, states: readonly (readonly [string, string])[], start: string, edges: Arrow[]): string[] {
  const inner = `${indent}  `;
  return [
    `${indent}state "${title}" as ${id} {`,
    ...states.map(([stateId, description]) => `${inner}state "${description}" as ${stateId}`),
    `${inner}[*] --> ${start}`,
    ...edges.map((arrow) => `${inner}${arrow.from} --> ${arrow.to} : ${arrow.labels.join('<br/>')}`),
    `${indent}}`,
  ];
}

function diagramLines(): string[] {
  const social = region(
    '    ',
    'socialCare',
    'Social care',
    (Object.entries(socialPhases) as [SocialPhase, string][]).map(([phase, description]) => [socialId(phase), description]),
    socialId('none'),
    arrows(socialCareEdges.map((edge) => ({ from: socialId(edge.from), to: socialId(edge.to), label: labelOf(edge) }))),
  );
  const legal = region(
    '    ',
    'legal',
    'Legal (PLO and care proceedings)',
    (Object.entries(legalPhases) as [LegalPhase, string][]).map(([phase, description]) => [legalId(phase), description]),
    legalId('none'),
    arrows(legalEdges.map((edge) => ({ from: legalId(edge.from), to: legalId(edge.to), label: labelOf(edge) }))),
  );
  const measures = (Object.entries(emergencyMeasures) as [EmergencyMeasure, string][]).map(([measure, title], position) => [
    ...(position === 0 ? [] : ['      --']),
    ...region(
      '      ',
      measure,
      title,
      [
        [emergencyId(measure, 'off'), 'Not in force'],
        [emergencyId(measure, 'on'), 'In force'],
      ],
      emergencyId(measure, 'off'),
      arrows([
        ...emergencyEventTypes
          .filter((type) => emergencyEdges[type].measure === measure)
          .map((type) => ({ from: emergencyId(measure, emergencyEdges[type].from), to: emergencyId(measure, emergencyEdges[type].to), label: type })),
        { from: emergencyId(measure, 'on'), to: emergencyId(measure, 'off'), label: timeLimitLabel },
      ]),
    ),
  ]);
  return [
    'stateDiagram-v2',
    '  state "Child protection case: three tracks side by side" as pathway {',
    ...social,
    '    --',
    ...legal,
    '    --',
    '    state "Emergency (at any point of the other tracks)" as emergency {',
    ...measures.flat(),
    '    }',
    '  }',
  ];
}

/**
 * The child-protection pathway as a Mermaid `stateDiagram-v2`, drawn from the transition tables
 * (`socialCareEdges`, `legalEdges`) and the emergency events: the social-care, legal and
 * emergency tracks side by side as concurrent regions, each arrow labelled `event [decision]`.
 * Paste it into a Markdown ```` ```mermaid ```` block.
 *
 * @example
 * const diagram = pathwayDiagram();
 * diagram.startsWith('stateDiagram-v2'); // true
 * // ...
 * //     social_referral --> social_assessment : referralDecisionMade [assessment]
 */
export function pathwayDiagram(): string {
  return `${diagramLines().join('\n')}\n`;
}

/** Options of {@link caseMermaid}. */
export interface CaseMermaidOptions {
  /**
   * A `YYYY-MM-DD` date: emergency measures whose end falls before it are shown as no longer in
   * force. Without it, a measure is shown in force until an event ends it (the diagram never
   * reads a clock).
   */
  readonly asOf?: string;
}

/**
 * The {@link pathwayDiagram} with the case's current phases highlighted (class `current`): its
 * social-care phase, its legal phase, and each emergency measure in force or not.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) console.log(caseMermaid(result.state, { asOf: '2026-11-23' }));
 * // ...
 * // classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px,font-weight:bold
 * // class social_plan,legal_preProceedings,policeProtection_off,... current
 */
export function caseMermaid(state: CaseState, options: CaseMermaidOptions = {}): string {
  const asOf = options.asOf === undefined ? undefined : isoDate(options.asOf, 'asOf');
  const { emergency } = state;
  const endsBeforeAsOf = (lastDay: string): boolean => asOf !== undefined && lastDay < asOf;
  const inForce: Record<EmergencyMeasure, boolean> = {
    policeProtection: emergency.policeProtection !== undefined && !endsBeforeAsOf(londonDateOf(emergency.policeProtection.endsAt)),
    emergencyProtectionOrder:
      emergency.emergencyProtectionOrder !== undefined && !endsBeforeAsOf(londonDateOf(emergency.emergencyProtectionOrder.endsAt)),
    childAssessmentOrder: emergency.childAssessmentOrder !== undefined && !endsBeforeAsOf(emergency.childAssessmentOrder.endsOn),
  };
  const current = [
    socialId(state.social.phase),
    legalId(state.legal.phase),
    ...(Object.keys(emergencyMeasures) as EmergencyMeasure[]).map((measure) => emergencyId(measure, inForce[measure] ? 'on' : 'off')),
  ];
  return [
    ...diagramLines(),
    '  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px,font-weight:bold',
    `  class ${current.join(',')} current`,
    '',
  ].join('\n');
}
