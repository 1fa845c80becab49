import * as z from 'zod/mini';
import { createCalendar, englandAndWales } from '../calendar/calendars.js';
import { divisions } from '../calendar/division.js';
import { isLibraryCalendar, type CalendarSpec, type WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { timescaleIds, timescales } from './catalogue.js';
import { englandWorkingTogether2023 } from './nationalRuleSet.js';
import { applyOverride, overrideProblems } from './ruleChoices.js';
import { rolls, timeUnits, type Counting, type Roll, type Timescale, type TimescaleId, type TimeUnit } from './timescale.js';
import { walesAdditionalTimescales, walesLabels, walesTimescales } from './walesSafeguardingProcedures.js';
import { ruleSetSettingsSchema, type RuleSetSettings, type RuleSetSettingsInput } from './ruleSetSettings.js';
import { TimescaleError } from './timescaleError.js';
import type { ValidationIssue } from '../validation/validationIssue.js';
import { fromZodIssues } from '../validation/zodIssues.js';

/** What a local procedure may change in one timescale. */
export interface TimescaleOverride {
  readonly amount?: number;
  readonly unit?: TimeUnit;
  readonly counting?: Counting;
  /** What to do when the deadline falls on a day the office is shut; allowed on every date rule. */
  readonly roll?: Roll;
  readonly title?: string;
  /** The local procedure's own reference, e.g. its manual's section. */
  readonly source?: string;
  readonly note?: string;
}

/** Local changes keyed by timescale id. */
export type TimescaleOverrides = Readonly<Partial<Record<TimescaleId, TimescaleOverride>>>;

/**
 * A complete set of timescales and the calendar they count in: the national defaults or a
 * local authority's procedures layered over them. Plain data: `JSON.stringify` stores it and
 * {@link createRuleSet} rebuilds it from the parsed JSON.
 */
export interface RuleSet {
  readonly name: string;
  /** The built-in rule set this one layers over; `null` for a built-in one. */
  readonly base: string | null;
  readonly calendar: WorkingDayCalendar;
  readonly overrides: TimescaleOverrides;
  /** Choices of local procedure that are not periods, e.g. a conference's quorum; defaults filled in. */
  readonly settings: RuleSetSettings;
  readonly timescales: Readonly<Record<TimescaleId, Timescale>>;
}

/** What {@link createRuleSet} takes. */
export interface RuleSetInput {
  readonly name: string;
  /** The rule set to layer over (or a built-in one's name); the national defaults when omitted. */
  readonly base?: RuleSet | string | null;
  /** The calendar, or its specification (e.g. closure days); the base's when omitted. */
  readonly calendar?: WorkingDayCalendar | CalendarSpec;
  readonly overrides?: TimescaleOverrides;
  /** Settings to change, layered over the base's (e.g. `{ quorumOtherAgencies: 3 }`). */
  readonly settings?: RuleSetSettingsInput;
}

/**
 * The Wales Safeguarding Procedures over the same pathway: their timescales and citations, the
 * England and Wales calendar, and in its settings the labels an app should show where Welsh
 * practice names things differently, and the Wales-only rules.
 *
 * @example
 * dueDate('firstCoreGroup', '2026-12-14', { ruleSet: walesSafeguardingProcedures }).due; // '2026-12-30'
 */
export const walesSafeguardingProcedures: RuleSet = {
  name: 'walesSafeguardingProcedures',
  base: null,
  calendar: englandAndWales,
  overrides: {},
  settings: /* @__PURE__ */ ruleSetSettingsSchema.parse({ labels: walesLabels, additionalTimescales: walesAdditionalTimescales }),
  timescales: walesTimescales,
};

const builtInRuleSets: Readonly<Record<string, RuleSet>> = { englandWorkingTogether2023, walesSafeguardingProcedures };

const baseMessage = /* @__PURE__ */ (() => `must be a rule set or one of ${Object.keys(builtInRuleSets).join(', ')}`)();

/*
 * Built inside one pure function so that a bundler drops zod and these schemas from an app that
 * imports only the calendar functions (the package is one file, so `sideEffects: false` cannot).
 * zod/mini sets no message of its own language, so every check names its rule here.
 */
const ruleSetInputSchema = /* @__PURE__ */ (() => {
  const text = z.string({ error: 'must be a string' });
  const nonEmpty = text.check(z.minLength(1, 'must not be empty'));
  const positiveWhole = z
    .number({ error: 'must be a number' })
    .check(z.int({ error: 'must be a positive whole number', abort: true }), z.positive({ error: 'must be a positive whole number' }));

  const overrideSchema = z.strictObject(
    {
      amount: z.optional(positiveWhole),
      unit: z.optional(z.enum(timeUnits as [TimeUnit, ...TimeUnit[]], { error: `must be one of ${timeUnits.join(', ')}` })),
      counting: z.optional(z.enum(['after', 'beginningWith', 'before'], { error: 'must be after, beginningWith or before' })),
      roll: z.optional(z.enum(rolls as [Roll, ...Roll[]], { error: `must be one of ${rolls.join(', ')}` })),
      title: z.optional(nonEmpty),
      source: z.optional(nonEmpty),
      note: z.optional(text),
    },
    { error: 'must be an object of changes to the timescale' },
  );

  const overridesSchema = z.strictObject(
    Object.fromEntries(timescaleIds.map((id) => [id, z.optional(overrideSchema)])) as Record<TimescaleId, z.ZodMiniOptional<typeof overrideSchema>>,
    { error: 'must be an object keyed by timescale id' },
  );

  const closureSchema = z.union([text, z.strictObject({ from: text, to: text, name: z.optional(text) })], {
    error: 'must be a date or { from, to, name? }',
  });

  const calendarSchema = z.object(
    {
      division: z.optional(z.enum(divisions as [string, ...string[]], { error: `must be one of ${divisions.join(', ')}` })),
      closures: z.optional(z.array(closureSchema, { error: 'must be an array' })),
      extraHolidays: z.optional(
        z.array(z.strictObject({ date: text, name: text }, { error: 'must be { date, name }' }), { error: 'must be an array of { date, name }' }),
      ),
      name: z.optional(text),
    },
    { error: 'must be a calendar or its specification' },
  );

  return z.object(
    {
      name: nonEmpty.check(z.maxLength(200, 'must be at most 200 characters')),
      calendar: z.optional(calendarSchema),
      overrides: z.optional(overridesSchema),
      settings: z.optional(ruleSetSettingsSchema),
    },
    { error: 'must be a rule set input { name, base?, calendar?, overrides?, settings? }' },
  );
})();

/**
 * Layers a local authority's procedures over a base rule set (the national defaults unless
 * given). Validated with zod: an unknown id, a negative or fractional amount, an hours unit on
 * a date rule (or the reverse), or a change to a statutory or court-rule timescale fails with a
 * {@link TimescaleError} listing every problem by path. Changed timescales become
 * `localProcedure` and keep the national default in their note. `settings` (e.g. a
 * conference's quorum) are layered over the base's in the same way, defaults filled in.
 *
 * @example
 * const local = createRuleSet({
 *   name: 'Example council',
 *   calendar: { closures: [{ from: '2026-12-29', to: '2026-12-31' }] },
 *   overrides: { statutoryVisit: { amount: 20 }, firstCoreGroup: { amount: 10, unit: 'workingDays' } },
 * });
 * local.timescales.statutoryVisit.amount; // 20
 */
export function createRuleSet(input: RuleSetInput): RuleSet {
  const parsed = ruleSetInputSchema.safeParse(input);
  const found = parsed.success ? { issues: [], issuesOmitted: 0 } : fromZodIssues(parsed.error.issues);
  const issues: ValidationIssue[] = [...found.issues];
  const base = resolveBase(input?.base, issues);
  const settings = settingsOf(base, input?.settings, issues);
  const overrides = mergeOverrides(base.overrides, typeof input?.overrides === 'object' ? input.overrides : {});
  const root = rootTimescalesOf(base);
  const resolved = { ...root } as Record<TimescaleId, Timescale>;
  for (const id of timescaleIds) {
    const override = overrides[id];
    if (typeof override !== 'object' || override === null) continue;
    const problems: ValidationIssue[] = overrideProblems(root[id], override).map(({ field, code, message }) => ({
      path: field === null ? ['overrides', id] : ['overrides', id, field],
      code,
      message,
    }));
    issues.push(...problems);
    if (problems.length === 0) resolved[id] = applyOverride(root[id], override, input.name);
  }
  if (issues.length > 0) throw new TimescaleError('INVALID_RULE_SET', 'ruleSet', issues, found.issuesOmitted);
  return Object.freeze({
    name: input.name,
    base: base.base ?? base.name,
    calendar: calendarOf(input.calendar, base.calendar, input.name),
    overrides,
    settings,
    timescales: Object.freeze(resolved),
  });
}

/** The built-in rule set's timescales a base layers over (a local rule set keeps its base's). */
function rootTimescalesOf(base: RuleSet): Readonly<Record<TimescaleId, Timescale>> {
  const root = builtInRuleSets[base.base ?? base.name];
  return root === undefined ? timescales : root.timescales;
}

/** The fields that are set: an `undefined` field changes nothing. */
function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The base to layer over. A wrong base is listed with the other problems (the national
 * defaults stand in so that the overrides can still be checked), not thrown on its own.
 */
function resolveBase(base: RuleSetInput['base'], issues: ValidationIssue[]): RuleSet {
  if (base === undefined || base === null) return englandWorkingTogether2023;
  if (typeof base === 'string' && Object.hasOwn(builtInRuleSets, base)) return builtInRuleSets[base] as RuleSet;
  const isRuleSet = typeof base === 'object' && [base.overrides, base.calendar].every((part) => typeof part === 'object' && part !== null);
  if (isRuleSet) return base;
  issues.push({ path: ['base'], code: 'invalid_value', message: baseMessage });
  return englandWorkingTogether2023;
}

/**
 * The base's settings with the input's over them. A base rebuilt from JSON is checked too (its
 * settings may be missing, stored before settings existed, or edited by hand).
 */
function settingsOf(base: RuleSet, input: RuleSetInput['settings'], issues: ValidationIssue[]): RuleSetSettings {
  const stored = ruleSetSettingsSchema.safeParse(base.settings ?? {});
  if (!stored.success) issues.push(...fromZodIssues(stored.error.issues, { prefix: ['base', 'settings'] }).issues);
  const given = typeof input === 'object' && input !== null ? definedFields(input) : {};
  return Object.freeze({ ...(stored.success ? stored.data : englandWorkingTogether2023.settings), ...given });
}

function mergeOverrides(base: TimescaleOverrides, next: TimescaleOverrides): TimescaleOverrides {
  const merged: Partial<Record<TimescaleId, TimescaleOverride>> = { ...base };
  for (const id of Object.keys(next) as TimescaleId[]) merged[id] = { ...base[id], ...next[id] };
  return merged;
}

/** The calendar given, else the base's; a plain copy (a base rebuilt from JSON) is rebuilt. */
function calendarOf(calendar: RuleSetInput['calendar'], fallback: WorkingDayCalendar, ruleSetName: string): WorkingDayCalendar {
  const chosen = calendar ?? fallback;
  if (isLibraryCalendar(chosen)) return chosen;
  return createCalendar({ ...chosen, name: chosen.name ?? ruleSetName });
}
