import * as z from 'zod/mini';

/**
 * Who takes part in a conference or core group, by role and never by name: roles are an enum
 * precisely so that nothing personal enters the log.
 *
 * @example
 * participantRoleSchema.safeParse('healthVisitor').success; // true
 * participantRoleSchema.safeParse('Jane Smith').success; // false
 */
export const participantRoleSchema = /* @__PURE__ */ z.enum(
  [
    'parent',
    'carer',
    'child',
    'familyMember',
    'supporter',
    'advocate',
    'socialWorker',
    'chair',
    'police',
    'healthVisitor',
    'schoolNurse',
    'midwife',
    'gp',
    'paediatrician',
    'school',
    'earlyYears',
    'probation',
    'housing',
    'adultServices',
    'other',
  ],
  { error: 'must be a known participant role' },
);

/** A participant's role: family, professional or chair. */
export type ParticipantRole = z.infer<typeof participantRoleSchema>;
