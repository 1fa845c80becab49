import { z } from 'zod';
import { createCalendar, englandAndWales } from '../calendar/calendars.js';
import { divisions } from '../calendar/division.js';
import { isLibraryCalendar, type CalendarSpec, type WorkingDayCalendar } from '../calendar/workingDayCalendar.js';
import { timescaleIds, timescales } from './catalogue.js';
import { describePeriod } from './describeRule.js';
import { timeUnits, type Counting, type Timescale, type TimescaleId, type TimeUnit } from './timescale.js';
import { TimescaleError, type InputIssue } from './timescaleError.js';

/** What a local procedure may change in one timescale. */
export interface TimescaleOverride {
  readonly amount?: number;
  readonly unit?: TimeUnit;
  readonly counting?: Counting;
  readonly title?: string;
  /** The local procedure's own reference, e.g. its manual's section. */
  readonly source?: string;
  readonly note?: string;
}

/** Local changes keyed by timescale id. */
export type TimescaleOverrides = Readonly<Partial<Record<TimescaleId, TimescaleOverride>>>;

/**
 * Rule-set values that are not durations, e.g. how many agencies make a conference quorate.
 * Plain data, like the rest of a rule set.
 */
export interface RuleSetSettings {
  /**
   * How many agencies besides children's social care must attend for a child protection
   * conference to be quorate: 2 by default (Pan-Sussex Child Protection and Safeguarding
   * Procedures 7.8; Swindon, quorate child protection conferences).
   */
  readonly quorumOtherAgencies: number;
}

const defaultSettings: RuleSetSettings = /* @__PURE__ */ Object.freeze({ quorumOtherAgencies: 2 });

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
  readonly timescales: Readonly<Record<TimescaleId, Timescale>>;
  readonly settings: RuleSetSettings;
}

/** What {@link createRuleSet} takes. */
export interface RuleSetInput {
  readonly name: string;
  /** The rule set to layer over (or a built-in one's name); the national defaults when omitted. */
  readonly base?: RuleSet | string | null;
  /** The calendar, or its specification (e.g. closure days); the base's when omitted. */
  readonly calendar?: WorkingDayCalendar | CalendarSpec;
  readonly overrides?: TimescaleOverrides;
  /** Settings that are not durations; the base's for any left out. */
  readonly settings?: Partial<RuleSetSettings>;
}

/**
 * The national defaults for England: Working Together to Safeguard Children 2023, the Children
 * Act 1989, PD12A and PLO guidance, counted in the England & Wales calendar.
 *
 * @example
 * dueDate('initialConference', '2024-12-19', { ruleSet: englandWorkingTogether2023 }).due; // '2025-01-14'
 */
export const englandWorkingTogether2023: RuleSet = {
  name: 'englandWorkingTogether2023',
  base: null,
  calendar: englandAndWales,
  overrides: {},
  timescales,
  settings: defaultSettings,
};

const builtInRuleSets: Readonly<Record<string, RuleSet>> = { englandWorkingTogether2023 };

/** Rules a local procedure cannot change: their force is statute or court rules. */
const fixedStatuses = new Set(['statute', 'practiceDirection']);

const baseMessage = /* @__PURE__ */ (() => `must be a rule set or one of ${Object.keys(builtInRuleSets).join(', ')}`)();

/*
 * Built inside one pure function so that a bundler drops zod and these schemas from an app that
 * imports only the calendar functions (the package is one file, so `sideEffects: false` cannot).
 */
const ruleSetInputSchema = /* @__PURE__ */ (() => {
  const positiveWhole = z
    .number({ error: 'must be a number' })
    .refine((value) => Number.isSafeInteger(value) && value > 0, 'must be a positive whole number');

  const overrideSchema = z.strictObject({
    amount: positiveWhole.optional(),
    unit: z.enum(timeUnits as [TimeUnit, ...TimeUnit[]], { error: `must be one of ${timeUnits.join(', ')}` }).optional(),
    counting: z.enum(['after', 'beginningWith', 'before'], { error: 'must be after, beginningWith or before' }).optional(),
    title: z.string({ error: 'must be a string' }).min(1, 'must not be empty').optional(),
    source: z.string({ error: 'must be a string' }).min(1, 'must not be empty').optional(),
    note: z.string({ error: 'must be a string' }).optional(),
  });

  const overridesSchema = z.strictObject(
    Object.fromEntries(timescaleIds.map((id) => [id, overrideSchema.optional()])) as Record<
      TimescaleId,
      z.ZodOptional<typeof overrideSchema>
    >,
  );

  const closureSchema = z.union(
    [z.string(), z.strictObject({ from: z.string(), to: z.string(), name: z.string().optional() })],
    { error: 'must be a date or { from, to, name? }' },
  );

  const calendarSchema = z.object({
    division: z.enum(divisions as [string, ...string[]], { error: `must be one of ${divisions.join(', ')}` }).optional(),
    closures: z.array(closureSchema, { error: 'must be an array' }).optional(),
    extraHolidays: z
      .array(z.strictObject({ date: z.string(), name: z.string() }), { error: 'must be an array of { date, name }' })
      .optional(),
    name: z.string({ error: 'must be a string' }).optional(),
  });

  return z.object({
    name: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    base: z.union([z.string(), z.object({ name: z.string() }).passthrough(), z.null()], { error: baseMessage }).optional(),
    calendar: calendarSchema.optional(),
    overrides: overridesSchema.optional(),
    settings: z
      .strictObject({
        quorumOtherAgencies: z
          .number({ error: 'must be a number' })
          .refine((value) => Number.isSafeInteger(value) && value >= 0 && value <= 20, 'must be a whole number from 0 to 20')
          .optional(),
      })
      .optional(),
  });
})();

/**
 * Layers a local authority's procedures over a base rule set (the national defaults unless
 * given). Validated with zod: an unknown id, a negative or fractional amount, an hours unit on
 * a date rule (or the reverse), or a change to a statutory or court-rule timescale fails with a
 * {@link TimescaleError} listing every problem by path. Changed timescales become
 * `localProcedure` and keep the national default in their note.
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
  const issues: InputIssue[] = parsed.success ? [] : parsed.error.issues.flatMap(toInputIssues);
  const base = resolveBase(input?.base, issues);
  const overrides = mergeOverrides(base.overrides, typeof input?.overrides === 'object' ? input.overrides : {});
  const resolved = { ...timescales } as Record<TimescaleId, Timescale>;
  for (const id of timescaleIds) {
    const override = overrides[id];
    if (typeof override !== 'object' || override === null) continue;
    const path = `overrides.${id}`;
    const problems = overrideProblems(timescales[id], override, path);
    issues.push(...problems);
    if (problems.length === 0) resolved[id] = applyOverride(timescales[id], override, input.name);
  }
  if (issues.length > 0) throw new TimescaleError('INVALID_RULE_SET', 'ruleSet', issues);
  return Object.freeze({
    name: input.name,
    base: base.base ?? base.name,
    calendar: calendarOf(input.calendar, base.calendar, input.name),
    overrides,
    timescales: Object.freeze(resolved),
    settings: Object.freeze({ ...defaultSettings, ...base.settings, ...definedSettings(input?.settings) }),
  });
}

/** The settings given, without undefined ones (a base's value then stands). */
function definedSettings(settings: RuleSetInput['settings']): Partial<RuleSetSettings> {
  if (typeof settings !== 'object' || settings === null) return {};
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

/** What stops a local procedure changing a rule, beyond the shape zod checks. */
function overrideProblems(rule: Timescale, override: TimescaleOverride, path: string): InputIssue[] {
  if (fixedStatuses.has(rule.status)) {
    return [{ path, message: `is set by ${rule.source} and cannot be changed by local procedure` }];
  }
  const unit = override.unit ?? rule.unit;
  if ((unit === 'hours') !== (rule.unit === 'hours')) {
    return [{ path: `${path}.unit`, message: rule.unit === 'hours' ? 'must be hours for this rule' : 'cannot be hours for a date rule' }];
  }
  return [];
}

function applyOverride(rule: Timescale, override: TimescaleOverride, ruleSetName: string): Timescale {
  return {
    ...rule,
    ...definedFields(override),
    id: rule.id,
    start: rule.start,
    status: 'localProcedure',
    source: override.source ?? `${ruleSetName} local procedure`,
    note: [`National default: ${describePeriod(rule)} ${rule.start.description} (${rule.source}).`, override.note]
      .filter((part) => part !== undefined && part !== '')
      .join(' '),
  };
}

function definedFields(override: TimescaleOverride): Partial<Timescale> {
  return Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined)) as Partial<Timescale>;
}

/**
 * The base to layer over. A wrong base is listed with the other problems (the national
 * defaults stand in so that the overrides can still be checked), not thrown on its own.
 */
function resolveBase(base: RuleSetInput['base'], issues: InputIssue[]): RuleSet {
  if (base === undefined || base === null) return englandWorkingTogether2023;
  if (typeof base === 'string' && Object.hasOwn(builtInRuleSets, base)) return builtInRuleSets[base] as RuleSet;
  const isRuleSet = typeof base === 'object' && [base.overrides, base.calendar].every((part) => typeof part === 'object' && part !== null);
  if (isRuleSet) return base;
  if (!issues.some((issue) => issue.path.startsWith('base'))) issues.push({ path: 'base', message: baseMessage });
  return englandWorkingTogether2023;
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

/** Zod's issues as paths; each unknown key is a problem at its own path. */
function toInputIssues(issue: z.core.$ZodIssue): InputIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? '' : `${path}.`;
    const message = path === 'overrides' ? 'is not a known timescale id' : 'is not a known field';
    return issue.keys.map((key) => ({ path: `${where}${key}`, message }));
  }
  return [{ path: path === '' ? 'input' : path, message: issue.message }];
}

