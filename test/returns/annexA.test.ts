/*
 * Annex A lists 5 and 7 on the worked case (workedCase.ts): the look-back period is the six
 * months before the inspection date; dates are dd/MM/yyyy; answers use the published labels.
 */
import { describe, expect, it } from 'vitest';
import { annexA, annexAList5Headers, annexAList7Headers } from '../../src/index.js';
import { stateOf } from '../support/legalCases.js';
import { child, workedCase } from './workedCase.js';

const state = stateOf(workedCase, { child });
const item = { caseId: 'C1', state, child: { gender: 'b) Female' }, allocation: { team: 'Team A' } };

/** A row as header: cell pairs, for readable expectations. */
const named = (headers: readonly string[], row: readonly string[] | undefined) => Object.fromEntries(headers.map((header, index) => [header, row?.[index]]));

describe('annexA', () => {
  it('list 5 has one row per enquiry open in the six months before the inspection', () => {
    // Inspection Mon 30 Jun 2025: the period runs from 30 Dec 2024; the enquiry of 9 Apr is in it.
    const { list5 } = annexA([item], { inspectionDate: '2025-06-30' });
    expect(list5.headers).toBe(annexAList5Headers);
    expect(list5.rows).toHaveLength(1);
    expect(named(list5.headers, list5.rows[0])).toEqual({
      'Child Unique ID': 'C1',
      Gender: 'b) Female',
      Ethnicity: '',
      'Date of Birth': '02/04/2019',
      // Born 2 Apr 2019: 6 on 2 Apr 2025.
      'Age of Child (Years)': '6',
      'Does the Child have a Disability': '',
      'Strategy discussion initiating Section 47 Enquiry Start Date': '09/04/2025',
      'Was an Initial Child Protection Conference deemed unnecessary?': 'b) No',
      'Date of Initial Child Protection Conference': '30/04/2025',
      'Did the Initial Child Protection Conference Result in a Child Protection Plan': 'a) Yes',
      'Number of Section 47 Enquiries in the last 12 months': '0',
      'Number of ICPCs in the last 12 months': '0',
      'Allocated Team': 'Team A',
      'Allocated Worker': '',
    });
    // Inspection 31 Mar 2026: the period runs from 30 Sep 2025, after the enquiry ended (30 Apr 2025).
    expect(annexA([item], { inspectionDate: '2026-03-31' }).list5.rows).toEqual([]);
  });

  it('list 7 has one row per plan open in the period, with the labels of the categories', () => {
    const { list7 } = annexA([item], { inspectionDate: '2026-03-31' });
    expect(list7.headers).toBe(annexAList7Headers);
    expect(named(list7.headers, list7.rows[0])).toMatchObject({
      'Age of Child (Years)': '6',
      'Child Protection Plan Start Date': '30/04/2025',
      'Initial Category of Abuse': 'a) Neglect',
      'Latest Category of Abuse': 'e) Multiple/not recommended',
      'Date of the Last Statutory Visit': '02/03/2026',
      'Was the Child Seen Alone?': '',
      'Date of latest review conference': '26/01/2026',
      'Child Protection Plan End Date': '',
      'Number of Previous Child Protection Plans': '0',
    });
    // The plan ended on 20 Apr 2026: it is still listed until six months after, then not.
    expect(named(list7.headers, annexA([item], { inspectionDate: '2026-10-20' }).list7.rows[0])['Child Protection Plan End Date']).toBe('20/04/2026');
    expect(annexA([item], { inspectionDate: '2026-10-21' }).list7.rows).toEqual([]);
  });

  it('counts the enquiries and conferences of the 12 months before each enquiry, not the enquiry itself', () => {
    const repeat = stateOf([
      { type: 'referralReceived', date: '2025-01-06' },
      { type: 'strategyDiscussionHeld', date: '2025-01-07', decision: 'section47' },
      { type: 'initialConferenceHeld', date: '2025-01-27', decision: 'noFurtherAction' },
      { type: 'referralReceived', date: '2025-06-02' },
      { type: 'strategyDiscussionHeld', date: '2025-06-03', decision: 'section47' },
    ]);
    const { list5 } = annexA([{ caseId: 'C2', state: repeat }], { inspectionDate: '2025-06-30' });
    expect(list5.rows.map((row) => row.slice(6))).toEqual([
      ['07/01/2025', 'b) No', '27/01/2025', 'b) No', '0', '0', '', ''],
      // Still open: no answer yet to "deemed unnecessary"; one enquiry and one ICPC before it.
      ['03/06/2025', '', '', '', '1', '1', '', ''],
    ]);
  });

  it('gives -1 as the age of an unborn child and refuses an inspection date that is not a date', () => {
    const unborn = stateOf([{ type: 'referralReceived', date: '2026-01-05' }, { type: 'strategyDiscussionHeld', date: '2026-01-06', decision: 'section47' }], {
      child: { expectedDeliveryDate: '2026-05-01' },
    });
    expect(annexA([{ caseId: 'U', state: unborn }], { inspectionDate: '2026-02-02' }).list5.rows[0]?.[4]).toBe('-1');
    expect(() => annexA([], { inspectionDate: '02/02/2026' })).toThrow(/inspectionDate/);
  });
});
