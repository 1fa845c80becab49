import { civilOf, dayOfWeek, epochDayOf } from '../../dates/gregorian.js';
import { textWidth } from './svgMarkup.js';

/*
 * The date axis: a linear scale from epoch days to x, and tick marks at calendar boundaries
 * (days, Mondays, months, quarters, years) chosen so that their labels never touch, whether
 * the picture spans two weeks or five years.
 */

/** Days from `first` to `last` drawn across `width` pixels from `left`. */
export interface DayScale {
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly width: number;
}

/** The x of the start of an epoch day. */
export function xOf(scale: DayScale, day: number): number {
  return scale.left + ((day - scale.first) / (scale.last - scale.first)) * scale.width;
}

/** One tick of the axis. */
export interface Tick {
  readonly day: number;
  readonly label: string;
  /** For day and week ticks: the year, under the first tick and the first of each year. */
  readonly year?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A short date for labels: `5 Jan 2026`. */
export function shortDate(day: number): string {
  const { year, month, day: dayOfMonth } = civilOf(day);
  return `${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

interface TickKind {
  /** The typical days between two ticks, to rule out kinds that cannot fit before building them. */
  readonly days: number;
  readonly starts: (day: number) => boolean;
  readonly label: (day: number) => string;
  /** Whether the label leaves out the year, to be written beneath. */
  readonly yearBeneath?: boolean;
}

const dayLabel = (day: number): string => {
  const { month, day: dayOfMonth } = civilOf(day);
  return `${dayOfMonth} ${MONTHS[month - 1]}`;
};
const monthLabel = (day: number): string => {
  const { year, month } = civilOf(day);
  return `${MONTHS[month - 1]} ${year}`;
};
const monthStarts = (every: number) => (day: number): boolean => {
  const { month, day: dayOfMonth } = civilOf(day);
  return dayOfMonth === 1 && (month - 1) % every === 0;
};

const kinds: readonly TickKind[] = [
  { days: 1, starts: () => true, label: dayLabel, yearBeneath: true },
  { days: 7, starts: (day) => dayOfWeek(day) === 1, label: dayLabel, yearBeneath: true },
  { days: 30.4, starts: /* @__PURE__ */ monthStarts(1), label: monthLabel },
  { days: 91.3, starts: /* @__PURE__ */ monthStarts(3), label: monthLabel },
  { days: 182.6, starts: /* @__PURE__ */ monthStarts(6), label: monthLabel },
  { days: 365.2, starts: /* @__PURE__ */ monthStarts(12), label: (day) => String(civilOf(day).year) },
  { days: 730.5, starts: (day) => monthStarts(12)(day) && civilOf(day).year % 2 === 0, label: (day) => String(civilOf(day).year) },
];

/**
 * The finest ticks whose labels, centred on them, keep `gap` pixels apart: days for a fortnight
 * on a wide picture, then Mondays, months, quarters, half-years, years.
 */
export function ticks(scale: DayScale, fontSize: number, gap: number): Tick[] {
  const pixelsPerDay = scale.width / (scale.last - scale.first);
  for (const kind of kinds) {
    if (kind.days * pixelsPerDay < 40) continue;
    const found: Tick[] = [];
    let lastYear: number | undefined;
    for (let day = Math.ceil(scale.first); day <= scale.last; day++) {
      if (!kind.starts(day)) continue;
      const year = civilOf(day).year;
      const yearBeneath = kind.yearBeneath === true && year !== lastYear;
      lastYear = year;
      found.push(yearBeneath ? { day, label: kind.label(day), year: String(year) } : { day, label: kind.label(day) });
    }
    if (fits(found, scale, fontSize, gap)) return found;
  }
  // Five-yearly, for spans longer than the library is meant to draw.
  const found: Tick[] = [];
  for (let year = civilOf(Math.ceil(scale.first)).year; ; year++) {
    const day = epochDayOf(year, 1, 1);
    if (day > scale.last) return found;
    if (day >= scale.first && year % 5 === 0) found.push({ day, label: String(year) });
  }
}

function fits(found: readonly Tick[], scale: DayScale, fontSize: number, gap: number): boolean {
  for (let index = 1; index < found.length; index++) {
    const before = found[index - 1] as Tick;
    const tick = found[index] as Tick;
    const room = xOf(scale, tick.day) - xOf(scale, before.day);
    if (room < (textWidth(before.label, fontSize) + textWidth(tick.label, fontSize)) / 2 + gap) return false;
  }
  return true;
}
