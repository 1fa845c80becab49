import type { CensusPreProceedings, CensusRecord } from './censusRecord.js';

/** Options of {@link toCensusXml}. */
export interface CensusXmlOptions {
  /**
   * The census codes for the pre-proceedings outcome (code set CS131 in the specification).
   * Without them PPOutcome is left out: this library does not guess the codes' meanings.
   */
  readonly ppOutcomeCodes?: Readonly<Record<NonNullable<CensusPreProceedings['PPOutcome']>, string>>;
}

/**
 * The records as CIN census XML fragments, one `<Child>` element each, with the census's element
 * names: well-formed, every text escaped, dates as `YYYY-MM-DD` and booleans as `true`/`false`
 * (XML Schema's). A fragment, not a whole return: the header and the child's identifiers and
 * characteristics come from the authority's own systems.
 *
 * @example
 * toCensusXml([censusRecord(state, { referenceDate: '2026-03-31', childId: 'C123' })]);
 * // '<Child>\n  <ChildIdentifiers>\n    <LAchildID>C123</LAchildID>\n  </ChildIdentifiers>\n  ...'
 */
export function toCensusXml(records: readonly CensusRecord[], options: CensusXmlOptions = {}): string {
  return records.map((record) => childXml(record, options)).join('');
}

type Node = readonly [name: string, content: string | number | boolean | undefined | readonly Node[]];

function childXml(record: CensusRecord, options: CensusXmlOptions): string {
  const child: Node[] = [];
  if (record.LAchildID !== undefined) child.push(['ChildIdentifiers', [['LAchildID', record.LAchildID]]]);
  for (const details of record.CINdetails) {
    child.push([
      'CINdetails',
      [
        ['CINreferralDate', details.CINreferralDate],
        ['CINclosureDate', details.CINclosureDate],
        ['DateOfInitialCPC', details.DateOfInitialCPC],
        ...details.Section47.map((enquiry): Node => [
          'Section47',
          [
            ['S47ActualStartDate', enquiry.S47ActualStartDate],
            ['InitialCPCtarget', enquiry.InitialCPCtarget],
            ['DateOfInitialCPC', enquiry.DateOfInitialCPC],
            ['ICPCnotRequired', enquiry.ICPCnotRequired],
          ],
        ]),
        ...details.ChildProtectionPlans.map((plan): Node => [
          'ChildProtectionPlans',
          [
            ['CPPstartDate', plan.CPPstartDate],
            ['CPPendDate', plan.CPPendDate],
            ['InitialCategoryOfAbuse', plan.InitialCategoryOfAbuse],
            ['LatestCategoryOfAbuse', plan.LatestCategoryOfAbuse],
            ['NumberOfPreviousCPP', plan.NumberOfPreviousCPP],
            ...(plan.Reviews.length === 0 ? [] : [['Reviews', plan.Reviews.map((review): Node => ['CPPreviewDate', review.CPPreviewDate])] as Node]),
          ],
        ]),
      ],
    ]);
  }
  for (const pre of record.PreProceedings) {
    child.push([
      'PreProceedings',
      [
        ['PPStartDate', pre.PPStartDate],
        ['LBPSentDate', pre.LBPSentDate],
        ['FGDMMeetingOffer', pre.FGDMMeetingOffer],
        ['FGDMMeetingFac', pre.FGDMMeetingFac],
        ['InitialPPMeetingDate', pre.InitialPPMeetingDate],
        ['ReviewMeetingsCount', pre.ReviewMeetingsCount],
        ['StepDecisionDate', pre.StepDecisionDate],
        ['PPOutcome', pre.PPOutcome === undefined ? undefined : options.ppOutcomeCodes?.[pre.PPOutcome]],
        ['CourtAppDate', pre.CourtAppDate],
      ],
    ]);
  }
  return render(['Child', child], 0);
}

/** An element and its children, indented; an element with no value is left out. */
function render([name, content]: Node, depth: number): string {
  if (content === undefined) return '';
  const indent = '  '.repeat(depth);
  if (typeof content !== 'object') return `${indent}<${name}>${escape(String(content))}</${name}>\n`;
  return `${indent}<${name}>\n${content.map((node) => render(node, depth + 1)).join('')}${indent}</${name}>\n`;
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text escaped for XML; characters XML 1.0 cannot hold at all are dropped. */
function escape(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (character) => entities[character] as string);
}
