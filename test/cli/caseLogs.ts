/** Event logs for the timeline and validate tests. Free text 'Jane Smith' must never be printed. */
export const secret = 'Jane Smith';

/** A valid case: referral, strategy discussion, conference, plan. */
export const validCase = {
  child: { dateOfBirth: '2019-04-02' },
  events: [
    { type: 'referralReceived', date: '2024-12-16', note: secret },
    { type: 'strategyDiscussionHeld', date: '2024-12-19', decision: 'section47', note: secret },
    { type: 'section47Concluded', date: '2025-01-08', outcome: 'conference' },
    { type: 'initialConferenceHeld', date: '2025-01-14', decision: 'plan', categories: ['neglect'], note: secret },
  ],
};

/** Wrong in four places, each with the secret in a note beside it. */
export const invalidCase = {
  child: { dateOfBirth: '2019-02-30' },
  events: [
    { type: 'referralReceived', date: '2024-13-16', note: secret },
    { type: 'strategyDiscussionHeld', date: '2024-12-19', decision: secret, note: secret },
    { type: 'notAnEvent', date: '2024-12-19', note: secret },
  ],
};

/** Well-formed events that the pathway refuses: a conference with no enquiry. */
export const refusedLog = [
  { type: 'referralReceived', date: '2024-12-16', note: secret },
  { type: 'initialConferenceHeld', date: '2024-12-19', decision: 'plan', categories: ['neglect'], note: secret },
];
