import { z } from 'zod';
import * as zm from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { caseEventSchema, caseLogSchema, childDetailsSchema, isoDateSchema, type CaseEvent, type CaseLog } from '../../src/index.js';

/*
 * The exported schemas are zod/mini schemas; an app composes them into its own with classic zod
 * or zod/mini, as the README shows. Both share zod's core, so the checks and the issues are the
 * library's own either way.
 */
describe('composing the exported schemas', () => {
  it('works inside a classic zod object and array, with the library\'s checks and inferred types', () => {
    const stored = z.object({ caseId: z.string(), log: caseLogSchema, extra: z.array(caseEventSchema).optional() });
    const good = stored.safeParse({ caseId: 'case-0042', log: { events: [{ type: 'referralReceived', date: '2026-01-05' }] } });
    expect(good.success).toBe(true);
    expectTypeOf<z.infer<typeof stored>['log']>().toEqualTypeOf<CaseLog>();
    expectTypeOf<NonNullable<z.infer<typeof stored>['extra']>[number]>().toEqualTypeOf<CaseEvent>();

    const bad = stored.safeParse({ caseId: 'case-0042', log: { events: [{ type: 'referralReceived', date: '2026-02-30' }] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      { path: ['log', 'events', 0, 'date'], code: 'invalid_format', message: 'must be a real date written YYYY-MM-DD, in the years 1900-2099' },
    ]);
  });

  it('works with zod/mini\'s functions', () => {
    const form = zm.object({ child: zm.optional(childDetailsSchema), meetingOn: isoDateSchema });
    expect(form.safeParse({ meetingOn: '2026-03-02' }).success).toBe(true);
    expect(form.safeParse({ child: { dateOfBirth: '2019-13-01' }, meetingOn: '2026-03-02' }).error?.issues[0]?.path).toEqual(['child', 'dateOfBirth']);
  });
});
