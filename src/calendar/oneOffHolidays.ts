import type { Division } from './division.js';

/**
 * A change to the standing bank-holiday rules made by royal proclamation for one year: a
 * standing holiday moved to another date, or an extra holiday.
 */
export interface OneOffChange {
  readonly divisions: readonly Division[];
  /** The date of the holiday as it was held. */
  readonly date: string;
  readonly name: string;
  /** For a moved holiday, the standing holiday's name; absent for an extra day. */
  readonly replaces?: StandingHolidayName;
  /**
   * True when the standing rules would put a substitute day on `date` but no proclamation
   * appointed it, so the day was a working day.
   */
  readonly notAppointed?: true;
  /** Where the change is recorded. */
  readonly source: string;
}

/** Names of the standing holidays that a proclamation has moved. */
export type StandingHolidayName = 'Early May bank holiday' | 'Spring bank holiday';

const UK: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const SCOTLAND: readonly Division[] = ['scotland'];

const PROCLAMATION = 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2)-(3)';
const FEED = 'gov.uk bank-holidays feed';
/*
 * The Scottish Government confirmed (through the Privy Council, the Crown Office and the
 * Edinburgh Gazette, as reported by M. Somerville, "Bad bank holidays", dracos.co.uk, updated
 * 21 January 2014) that no proclamation appointed a substitute for the Saturday 2 January 2010
 * or the Saturday 1 January 2011: the Act itself moves only a Sunday (Sch 1 para 2).
 */
const NO_SCOTTISH_PROCLAMATION =
  'Banking and Financial Dealings Act 1971 Sch 1 para 2 moves only a Sunday; no proclamation appointed this substitute (Scottish Government, January 2014)';

/**
 * One-off days by proclamation (RULES.md section 2), for every division from 1995. Before
 * 2012 they are what the rule engine relies on; from 2012 the gov.uk feed is the authority
 * and these entries let the rule engine reproduce it (a test compares them).
 */
export const oneOffChanges: readonly OneOffChange[] = [
  { divisions: UK, date: '1995-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday', source: `${PROCLAMATION} (50th anniversary of VE Day)` },
  { divisions: UK, date: '1999-12-31', name: 'Millennium celebrations', source: `${PROCLAMATION} (millennium)` },
  { divisions: UK, date: '2002-06-03', name: 'Golden Jubilee bank holiday', source: `${PROCLAMATION} (Golden Jubilee)` },
  { divisions: UK, date: '2002-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday', source: `${PROCLAMATION} (Golden Jubilee)` },
  { divisions: SCOTLAND, date: '2010-01-04', name: '2nd January', notAppointed: true, source: NO_SCOTTISH_PROCLAMATION },
  { divisions: SCOTLAND, date: '2011-01-04', name: 'New Year’s Day', notAppointed: true, source: NO_SCOTTISH_PROCLAMATION },
  { divisions: UK, date: '2011-04-29', name: 'Royal wedding bank holiday', source: `${PROCLAMATION} (royal wedding)` },
  { divisions: UK, date: '2012-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday', source: FEED },
  { divisions: UK, date: '2012-06-05', name: 'Queen’s Diamond Jubilee', source: FEED },
  { divisions: UK, date: '2020-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday', source: FEED },
  { divisions: UK, date: '2022-06-02', name: 'Spring bank holiday', replaces: 'Spring bank holiday', source: FEED },
  { divisions: UK, date: '2022-06-03', name: 'Platinum Jubilee bank holiday', source: FEED },
  { divisions: UK, date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', source: FEED },
  { divisions: UK, date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', source: FEED },
];
