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
}

/** Names of the standing holidays that a proclamation has moved. */
export type StandingHolidayName = 'Early May bank holiday' | 'Spring bank holiday';

const UK: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const SCOTLAND: readonly Division[] = ['scotland'];

/**
 * One-off days by proclamation (docs/domain.md, bank holidays; docs/calendars.md), for every division from 1995. Before
 * 2012 they are what the rule engine relies on; from 2012 the gov.uk feed is the authority
 * and these entries let the rule engine reproduce it (a test compares them). Citations are in
 * the comments rather than the data, to keep the calendar-only bundle small.
 */
export const oneOffChanges: readonly OneOffChange[] = [
  // Royal proclamations under the Banking and Financial Dealings Act 1971 s1(2)-(3): the 50th
  // anniversary of VE Day, the millennium, the Golden Jubilee, the royal wedding.
  { divisions: UK, date: '1995-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday' },
  { divisions: UK, date: '1999-12-31', name: 'Millennium celebrations' },
  { divisions: UK, date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { divisions: UK, date: '2002-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  // Sch 1 para 2 moves a Scottish holiday only off a Sunday. The Scottish Government confirmed
  // (through the Privy Council, the Crown Office and the Edinburgh Gazette; reported in "Bad
  // bank holidays", dracos.co.uk, updated 21 January 2014) that no proclamation appointed a
  // substitute for Sat 2 Jan 2010 or Sat 1 Jan 2011.
  { divisions: SCOTLAND, date: '2010-01-04', name: '2nd January', notAppointed: true },
  { divisions: SCOTLAND, date: '2011-01-04', name: 'New Year’s Day', notAppointed: true },
  { divisions: UK, date: '2011-04-29', name: 'Royal wedding bank holiday' },
  // From 2012, as the gov.uk bank-holidays feed records them.
  { divisions: UK, date: '2012-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  { divisions: UK, date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
  { divisions: UK, date: '2020-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday' },
  { divisions: UK, date: '2022-06-02', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  { divisions: UK, date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { divisions: UK, date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { divisions: UK, date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];
