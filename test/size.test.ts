import { beforeAll, describe, expect, it } from 'vitest';
import { measureSizes, sizeScenarios, type SizeMeasure } from '../scripts/bundleSize.js';

/*
 * Size budgets, as zod keeps them: the build fails when an import costs more than its budget,
 * and a budget is raised only in the commit that grows the bundle on purpose (say why there).
 * The budgets and how they were set are in scripts/bundleSize.ts; `npm run bench -- size` (bench/size.ts) prints
 * the numbers.
 */

let measures: SizeMeasure[] = [];

beforeAll(async () => {
  measures = await measureSizes();
}, 60_000);

const measureOf = (name: string): SizeMeasure => {
  const measure = measures.find((candidate) => candidate.name === name);
  if (measure === undefined) throw new Error(`no measure ${name}`);
  return measure;
};

describe('bundle size', () => {
  it.each(sizeScenarios.filter((scenario) => scenario.budget !== undefined).map((scenario) => [scenario.name, scenario.budget] as const))(
    '%s stays within %i gzipped bytes',
    (name, budget) => {
      expect(measureOf(name).gzipped).toBeLessThanOrEqual(budget as number);
    },
  );

  it('keeps zod, the rules and the pathway out of an app that imports only addWorkingDays', () => {
    const calendarOnly = measureOf('addWorkingDays only');
    expect(calendarOnly.includesZod).toBe(false);
    // Text that only the timescale catalogue, rule sets and event schemas hold.
    expect(calendarOnly.code).not.toMatch(/Working Together|must be a rule set|referralReceived/);
    // The holiday data is in.
    expect(calendarOnly.code).toContain('Christmas Day');
  });

  it('bundles zod only when the whole library is imported with it', () => {
    expect(measureOf('whole library (zod external)').includesZod).toBe(false);
    expect(measureOf('whole library with zod').includesZod).toBe(true);
  });

  it('bundles only the parts of zod that the event schemas use in an app that validates logs', () => {
    const app = measureOf('parseEvents + replay + dueItems with zod');
    expect(app.includesZod).toBe(true);
    expect(app.code).toContain('referralReceived');
    // zod/mini's functional checks, not classic zod's method-laden schemas (their `.superRefine`).
    expect(app.code).not.toMatch(/superRefine/);
  });
});
