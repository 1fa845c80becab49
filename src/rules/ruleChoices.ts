import { describePeriod } from './describeRule.js';
import type { Counting, Roll, RuleChoices, Timescale } from './timescale.js';

/** The fields of an override a rule set may set; the rest of its shape is checked by zod. */
export interface OverrideFields {
  readonly amount?: number;
  readonly unit?: Timescale['unit'];
  readonly counting?: Counting;
  readonly roll?: Roll;
  readonly title?: string;
  readonly source?: string;
  readonly note?: string;
}

/** A problem found in an override: the field below the override, its issue code and the rule broken. */
export interface OverrideProblem {
  readonly field: string | null;
  readonly code: 'not_overridable' | 'invalid_value';
  readonly message: string;
}

/** Rules a local procedure cannot change: their force is statute or court rules. */
const fixedStatuses: ReadonlySet<Timescale['status']> = new Set(['statute', 'practiceDirection']);

/**
 * What stops a rule set applying an override, beyond the shape zod checks. A statutory or
 * court-rule timescale takes only `roll` (when the office is shut is not the length of the
 * period); an hours rule ends at a moment, so it cannot roll.
 */
export function overrideProblems(rule: Timescale, override: OverrideFields): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  if (fixedStatuses.has(rule.status)) {
    for (const field of Object.keys(override) as (keyof OverrideFields)[]) {
      if (field === 'roll' || override[field] === undefined) continue;
      problems.push({ field, code: 'not_overridable', message: `is set by ${rule.source} and cannot be changed by local procedure` });
    }
  }
  const unit = override.unit ?? rule.unit;
  if ((unit === 'hours') !== (rule.unit === 'hours') && !fixedStatuses.has(rule.status)) {
    problems.push({ field: 'unit', code: 'invalid_value', message: rule.unit === 'hours' ? 'must be hours for this rule' : 'cannot be hours for a date rule' });
  }
  if (override.roll !== undefined && unit === 'hours') {
    problems.push({ field: 'roll', code: 'invalid_value', message: 'cannot apply to an hours rule, which ends at a moment' });
  }
  return problems;
}

/**
 * The rule with a rule set's override applied. Only a changed amount or unit makes it local
 * procedure (with the national default kept in its note); `roll` and `counting` are choices
 * recorded beside the rule in `choices`, keeping its status and source.
 */
export function applyOverride(rule: Timescale, override: OverrideFields, ruleSetName: string): Timescale {
  const changesLength =
    (override.amount !== undefined && override.amount !== rule.amount) || (override.unit !== undefined && override.unit !== rule.unit);
  const choices = choicesOf(override, ruleSetName, changesLength);
  const chosen = {
    ...(override.roll === undefined ? {} : { roll: override.roll }),
    ...(override.counting === undefined ? {} : { counting: override.counting }),
    ...(override.title === undefined ? {} : { title: override.title }),
    ...(choices === undefined ? {} : { choices }),
  };
  if (!changesLength) {
    const note = [rule.note, override.note].filter((part) => part !== undefined && part !== '').join(' ');
    return { ...rule, ...chosen, ...(note === '' ? {} : { note }) };
  }
  return {
    ...rule,
    ...chosen,
    amount: override.amount ?? rule.amount,
    unit: override.unit ?? rule.unit,
    status: 'localProcedure',
    source: override.source ?? `${ruleSetName} local procedure`,
    note: [`National default: ${describePeriod(rule)} ${rule.start.description} (${rule.source}).`, override.note]
      .filter((part) => part !== undefined && part !== '')
      .join(' '),
  };
}

function choicesOf(override: OverrideFields, ruleSetName: string, changesLength: boolean): RuleChoices | undefined {
  if (override.roll === undefined && override.counting === undefined) return undefined;
  return {
    ruleSet: ruleSetName,
    ...(override.roll === undefined ? {} : { roll: override.roll }),
    ...(override.counting === undefined ? {} : { counting: override.counting }),
    // A length change carries its source on the rule itself; a choice alone carries it here.
    ...(override.source === undefined || changesLength ? {} : { source: override.source }),
  };
}
