import { addCalendarMonths } from '../dates/calendarMonths.js';
import { isoDate, type IsoDate } from '../dates/isoDate.js';
import { ageReachedOn } from '../pathway/age.js';
import type { CaseState, ProtectionPlan, Section47Enquiry } from '../pathway/state.js';
import { categoryOfAbuse, type CategoryOfAbuse } from './categoryOfAbuse.js';
import { enquiryEnd } from './enquiryEnd.js';

/*
 * Ofsted's Annex A (inspection of local authority children's services: the child-level data
 * requested before an inspection), lists 5 and 7, with the published column headers and labels.
 * The log holds no demographics or worker names: the caller may pass them per case; columns
 * nobody supplies stay blank, as the guidance allows for data an authority does not hold.
 */

/** A case for Annex A: its state, and what the log does not hold. */
export interface AnnexACase {
  readonly caseId: string;
  readonly state: CaseState;
  readonly child?: { readonly gender?: string; readonly ethnicity?: string; readonly disability?: string };
  readonly allocation?: { readonly team?: string; readonly worker?: string };
}

/** One Annex A list: its headers, and one row of cells per enquiry or plan. */
export interface AnnexAList {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Options of {@link annexA}. */
export interface AnnexAOptions {
  readonly inspectionDate: string;
  /** The look-back period in months before the inspection date (Annex A: six months). */
  readonly lookBackMonths?: number;
}

/** A list's headers after the columns every list starts with (a function, so a bundler can drop it: see events.ts). */
const withCommonHeaders = (headers: readonly string[]): readonly string[] => [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age of Child (Years)',
  'Does the Child have a Disability',
  ...headers,
];

/**
 * List 5's published column headers: section 47 enquiries and initial child protection conferences.
 *
 * @example
 * annexAList5Headers[6]; // 'Strategy discussion initiating Section 47 Enquiry Start Date'
 */
export const annexAList5Headers: readonly string[] = /* @__PURE__ */ withCommonHeaders([
  'Strategy discussion initiating Section 47 Enquiry Start Date',
  'Was an Initial Child Protection Conference deemed unnecessary?',
  'Date of Initial Child Protection Conference',
  'Did the Initial Child Protection Conference Result in a Child Protection Plan',
  'Number of Section 47 Enquiries in the last 12 months',
  'Number of ICPCs in the last 12 months',
  'Allocated Team',
  'Allocated Worker',
]);

/**
 * List 7's published column headers: children who are, or were in the period, the subject of a
 * child protection plan.
 *
 * @example
 * annexAList7Headers[6]; // 'Child Protection Plan Start Date'
 */
export const annexAList7Headers: readonly string[] = /* @__PURE__ */ withCommonHeaders([
  'Child Protection Plan Start Date',
  'Initial Category of Abuse',
  'Latest Category of Abuse',
  'Date of the Last Statutory Visit',
  'Was the Child Seen Alone?',
  'Date of latest review conference',
  'Child Protection Plan End Date',
  'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
  'Number of Previous Child Protection Plans',
  'Allocated Team',
  'Allocated Worker',
]);

const categoryLabels: Readonly<Record<CategoryOfAbuse, string>> = {
  NEG: 'a) Neglect',
  PHY: 'b) Physical abuse',
  SAB: 'c) Sexual abuse',
  EMO: 'd) Emotional abuse',
  MUL: 'e) Multiple/not recommended',
};

/** A date as Annex A writes it: `dd/MM/yyyy`; blank when there is none. */
function ukDate(date: IsoDate | undefined): string {
  return date === undefined ? '' : `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const yesNo = (value: boolean): string => (value ? 'a) Yes' : 'b) No');

/**
 * Annex A lists 5 and 7 for the look-back period before an inspection: one list-5 row per
 * section 47 enquiry open at any time in the period, one list-7 row per child protection plan
 * open at any time in it; dates `dd/MM/yyyy`, categories and yes/no answers as the published
 * labels. Events after the inspection date are not counted.
 *
 * @example
 * const { list5, list7 } = annexA([{ caseId: 'C1', state }], { inspectionDate: '2026-11-23' });
 * list7.rows[0]?.[7]; // 'a) Neglect'
 */
export function annexA(cases: readonly AnnexACase[], options: AnnexAOptions): { list5: AnnexAList; list7: AnnexAList } {
  const inspection = isoDate(options?.inspectionDate, 'inspectionDate');
  const periodStart = addCalendarMonths(inspection, -(options.lookBackMonths ?? 6));
  const list5: string[][] = [];
  const list7: string[][] = [];
  for (const item of cases) {
    const common = commonCells(item, inspection);
    const { enquiries, plans } = item.state.social;
    const allocation = [item.allocation?.team ?? '', item.allocation?.worker ?? ''];
    enquiries.forEach((enquiry, index) => {
      if (!openInPeriod(enquiry.startDate, enquiryEnd(enquiry), periodStart, inspection)) return;
      list5.push([...common, ...enquiryCells(enquiry, enquiries.slice(0, index), inspection), ...allocation]);
    });
    for (const plan of plans) {
      if (!openInPeriod(plan.startDate, plan.endDate, periodStart, inspection)) continue;
      list7.push([...common, ...planCells(plan, item.state, inspection), ...allocation]);
    }
  }
  return { list5: { headers: annexAList5Headers, rows: list5 }, list7: { headers: annexAList7Headers, rows: list7 } };
}

/** Started by the inspection date and not ended before the period began. */
function openInPeriod(start: IsoDate, end: IsoDate | undefined, periodStart: IsoDate, inspection: IsoDate): boolean {
  return start <= inspection && (end === undefined || end >= periodStart);
}

function commonCells(item: AnnexACase, inspection: IsoDate): string[] {
  const born = item.state.child.dateOfBirth;
  return [item.caseId, item.child?.gender ?? '', item.child?.ethnicity ?? '', ukDate(born), ageCell(born, item.state.child.expectedDeliveryDate, inspection), item.child?.disability ?? ''];
}

/** Whole years on the inspection date; -1 for an unborn child, as Annex A asks. */
function ageCell(born: IsoDate | undefined, expected: IsoDate | undefined, inspection: IsoDate): string {
  if (born === undefined || born > inspection) return expected === undefined ? '' : '-1';
  let years = Number(inspection.slice(0, 4)) - Number(born.slice(0, 4));
  if (ageReachedOn(born, years) > inspection) years -= 1;
  return String(years);
}

function enquiryCells(enquiry: Section47Enquiry, before: readonly Section47Enquiry[], inspection: IsoDate): string[] {
  const ended = enquiry.endDate !== undefined && enquiry.endDate <= inspection;
  const conference = enquiry.conferenceDate !== undefined && enquiry.conferenceDate <= inspection ? enquiry.conferenceDate : undefined;
  // "In the last 12 months": the 12 months before this enquiry started, this one not counted.
  const yearBefore = addCalendarMonths(enquiry.startDate, -12);
  const earlier = before.filter((other) => other.startDate >= yearBefore);
  const earlierConferences = before.filter((other) => other.conferenceDate !== undefined && other.conferenceDate >= yearBefore);
  return [
    ukDate(enquiry.startDate),
    ended ? yesNo(enquiry.conferenceNotRequired) : '',
    ukDate(conference),
    conference === undefined ? '' : yesNo(enquiry.conferenceMadePlan === true),
    String(earlier.length),
    String(earlierConferences.length),
  ];
}

/** Whether the child was seen alone at the plan's last visit, when the log says (the plan track keeps the last visit's record). */
function seenAloneCell(state: CaseState, lastVisit: IsoDate | undefined): string {
  const visit = state.planWork.lastVisit;
  return visit === undefined || lastVisit === undefined || visit.date !== lastVisit || visit.seenAlone === undefined ? '' : yesNo(visit.seenAlone);
}

function planCells(plan: ProtectionPlan, state: CaseState, inspection: IsoDate): string[] {
  const ended = plan.endDate !== undefined && plan.endDate <= inspection ? plan.endDate : undefined;
  const latest = plan.categoryHistory.filter((entry) => entry.from <= inspection).pop();
  const until = ended ?? inspection;
  const lastVisit = state.visitDates.filter((date) => date >= plan.startDate && date <= until).pop();
  const lastReview = plan.reviewDates.filter((date) => date <= inspection).pop();
  return [
    ukDate(plan.startDate),
    categoryLabels[categoryOfAbuse(plan.categoryHistory[0]?.categories ?? plan.categories)],
    categoryLabels[categoryOfAbuse(latest?.categories ?? plan.categories)],
    ukDate(lastVisit),
    seenAloneCell(state, lastVisit),
    ukDate(lastReview),
    ukDate(ended),
    // The state keeps only the emergency protection in force, not its history: left blank.
    '',
    String(plan.number - 1),
  ];
}
