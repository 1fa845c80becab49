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
}

/** Names of the standing holidays that a proclamation has moved. */
export type StandingHolidayName = 'Early May bank holiday' | 'Spring bank holiday';

const UK: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const EW: readonly Division[] = ['england-and-wales'];

/**
 * One-off days by royal proclamation under the Banking and Financial Dealings Act 1971 s1(3)
 * (listed in docs/domain.md). 1995-2011 are recorded for England &
 * Wales only, the years this library derives from rules there; from 2012 the gov.uk feed is
 * the authority and these entries let the rule engine reproduce it (a test compares them).
 */
export const oneOffChanges: readonly OneOffChange[] = [
  { divisions: EW, date: '1995-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday' },
  { divisions: EW, date: '1999-12-31', name: 'Millennium celebrations' },
  { divisions: EW, date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { divisions: EW, date: '2002-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  { divisions: EW, date: '2011-04-29', name: 'Royal wedding bank holiday' },
  { divisions: UK, date: '2012-06-04', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  { divisions: UK, date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
  { divisions: UK, date: '2020-05-08', name: 'Early May bank holiday (VE day)', replaces: 'Early May bank holiday' },
  { divisions: UK, date: '2022-06-02', name: 'Spring bank holiday', replaces: 'Spring bank holiday' },
  { divisions: UK, date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { divisions: UK, date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { divisions: UK, date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];
