import { englandAndWales } from '../../calendar/calendars.js';
import { bankHolidays } from '../../calendar/bankHolidays.js';
import { formatLondonDateTime, londonDateOf, londonWallClock, parseDateTime, type IsoDateTime } from '../../dates/dateTime.js';
import { fromEpochDay, toEpochDay } from '../../dates/epochDay.js';
import { dayOfWeek } from '../../dates/gregorian.js';
import type { IsoDate } from '../../dates/isoDate.js';
import { dueOf } from '../../rules/dueDate.js';
import { addLimit, meetDeadlines, withdrawDeadlines } from '../deadlines.js';
import type { EventOf } from '../events.js';
import { checkInCalendar, invalidField, refuse } from '../pathwayError.js';
import { withFields, type EmergencyState } from '../state.js';
import type { TransitionContext } from '../transitionContext.js';

/**
 * Applies an emergency-track event: police protection (CA 1989 s46), emergency protection
 * orders (s44, s45) and child assessment orders (s43). These can happen at any point of the
 * other tracks; what is in force guards what may follow.
 */
export function applyEmergency(context: TransitionContext): void {
  const { draft, event, date } = context;
  const { deadlines } = draft;
  let emergency: EmergencyState = draft.emergency;
  switch (event.type) {
    case 'policeProtectionStarted': {
      if (inForce(emergency.policeProtection, event.at)) refuse('the child is already in police protection');
      const { dueAt } = dueOf(context.ruleSet.timescales.policeProtection, event.at, context.calendar);
      const endsAt = dueAt as IsoDateTime;
      emergency = withFields(emergency, { policeProtection: { startedAt: event.at, endsAt } });
      addLimit(deadlines, { timescale: 'policeProtection', from: event.at, due: londonDateOf(endsAt), dueAt: endsAt });
      break;
    }
    case 'policeProtectionEnded': {
      const protection = emergency.policeProtection;
      if (protection === undefined) refuse('the child is not in police protection');
      if (parseDateTime(event.at) < parseDateTime(protection.startedAt)) invalidField('at', 'must not be before police protection started');
      emergency = withFields(emergency, { policeProtection: undefined });
      meetDeadlines(deadlines, ['policeProtection'], date, event.at);
      break;
    }
    case 'emergencyProtectionOrderMade': {
      if (inForce(emergency.emergencyProtectionOrder, event.at)) refuse('an emergency protection order is already in force');
      if (event.endsAt !== undefined) checkEndInCalendar(context, event.endsAt);
      const { latest, from } = latestOrderEnd(context, event, emergency);
      // Kept in London time, as every `dueAt` is, whatever offset the log wrote it in.
      const endsAt = event.endsAt === undefined ? latest : inLondon(event.endsAt);
      checkEnd(event.at, endsAt, latest, 'an emergency protection order cannot last more than 8 days (Children Act 1989 s45(1)-(3))');
      emergency = withFields(emergency, { emergencyProtectionOrder: { madeAt: event.at, endsAt, extended: false } });
      addLimit(deadlines, { timescale: 'emergencyProtectionOrder', from, due: lastDayOf(endsAt), dueAt: endsAt });
      break;
    }
    case 'emergencyProtectionOrderExtended': {
      const order = emergency.emergencyProtectionOrder;
      if (order === undefined || !inForce(order, event.at)) refuse('there is no emergency protection order in force to extend');
      // CA 1989 s45(6): an order may be extended only once.
      if (order.extended) refuse('an emergency protection order may be extended only once (Children Act 1989 s45(6))');
      checkEndInCalendar(context, event.endsAt);
      const days = context.ruleSet.timescales.emergencyProtectionOrderExtension.amount;
      const latest = addLondonCalendarDays(order.endsAt, days);
      if (parseDateTime(event.endsAt) <= parseDateTime(order.endsAt)) invalidField('endsAt', 'must be after the current end of the order');
      checkEnd(event.at, event.endsAt, latest, `an extension cannot exceed ${days} days (Children Act 1989 s45(5))`);
      const endsAt = inLondon(event.endsAt);
      emergency = withFields(emergency, { emergencyProtectionOrder: withFields(order, { endsAt, extended: true }) });
      withdrawDeadlines(deadlines, ['emergencyProtectionOrder'], date);
      addLimit(deadlines, { timescale: 'emergencyProtectionOrderExtension', from: order.endsAt, due: lastDayOf(endsAt), dueAt: endsAt });
      break;
    }
    case 'emergencyProtectionOrderEnded':
      if (emergency.emergencyProtectionOrder === undefined) refuse('there is no emergency protection order in force');
      emergency = withFields(emergency, { emergencyProtectionOrder: undefined });
      meetDeadlines(deadlines, ['emergencyProtectionOrder', 'emergencyProtectionOrderExtension'], date);
      break;
    case 'childAssessmentOrderMade': {
      const startsOn = toEpochDay(event.startsOn);
      checkInCalendar(startsOn, ['startsOn'], context.calendar);
      if (emergency.childAssessmentOrder !== undefined && toEpochDay(emergency.childAssessmentOrder.endsOn) >= startsOn) {
        refuse('a child assessment order is already in force');
      }
      if (startsOn < context.day) invalidField('startsOn', 'must not be before the order is made');
      const longest = context.ruleSet.timescales.childAssessmentOrder.amount;
      if (event.days > longest) invalidField('days', `must be at most ${longest} (Children Act 1989 s43(5))`, 'too_big');
      // s43(5): the period begins with the date the order specifies.
      const endsOn = fromEpochDay(startsOn + event.days - 1);
      emergency = withFields(emergency, { childAssessmentOrder: { startsOn: event.startsOn as IsoDate, endsOn } });
      addLimit(deadlines, { timescale: 'childAssessmentOrder', from: event.startsOn, due: endsOn });
      break;
    }
  }
  draft.emergency = emergency;
}

/**
 * The latest end of an emergency protection order made now (CA 1989 s45).
 * - s45(1): "such period, not exceeding eight days": a period of days from an event excludes
 *   the day of the event (contrast s45(3)'s "beginning with"), so the eight days are the eight
 *   days after the day of making and the order may run to the midnight that ends the eighth.
 * - s45(3): where the order is made on an application under s46(7) (by the designated officer,
 *   while the child was in police protection), the eight days begin with the first day of
 *   police protection. The log says so with `appliedDuringPoliceProtection: true`; an order
 *   made during police protection on someone else's application counts from its making.
 * - s45(2): if the last of the eight days is Christmas Day, Good Friday, a bank holiday or a
 *   Sunday, the court may specify a period ending at noon on the first later day that is not.
 */
function latestOrderEnd(
  context: TransitionContext,
  event: EventOf<'emergencyProtectionOrderMade'>,
  emergency: EmergencyState,
): { latest: IsoDateTime; from: IsoDate | IsoDateTime } {
  const days = context.ruleSet.timescales.emergencyProtectionOrder.amount;
  let lastDay: number;
  let from: IsoDate | IsoDateTime;
  if (event.appliedDuringPoliceProtection === true) {
    const protection = emergency.policeProtection;
    if (protection === undefined || !inForce(protection, event.at)) {
      invalidField('appliedDuringPoliceProtection', 'needs the child to be in police protection when the order is made (Children Act 1989 s46(7))');
    }
    from = londonDateOf(protection.startedAt);
    lastDay = toEpochDay(from) + days - 1;
  } else {
    from = event.at;
    lastDay = toEpochDay(londonDateOf(event.at)) + days;
  }
  if (!isPublicHoliday(lastDay)) return { latest: londonWallClock(fromEpochDay(lastDay + 1), 0), from };
  let day = lastDay + 1;
  while (isPublicHoliday(day)) day++;
  return { latest: londonWallClock(fromEpochDay(day), 12), from };
}

/**
 * The last London day on which an order ending at `endsAt` is in force: an order that ends at
 * the midnight closing a day ends on that day, not on the next.
 */
function lastDayOf(endsAt: IsoDateTime): IsoDate {
  return londonDateOf(formatLondonDateTime(parseDateTime(endsAt) - 1));
}

/**
 * The same Europe/London wall-clock time `days` calendar days later: an order's days are
 * calendar days, not blocks of 24 elapsed hours, so 8 days from 10:00 on 20 Oct 2026 (BST) end
 * at 10:00 on 28 Oct 2026 (GMT), 193 hours later. A time the clocks skip runs on to the first
 * moment after it.
 */
function addLondonCalendarDays(at: IsoDateTime, days: number): IsoDateTime {
  const local = formatLondonDateTime(parseDateTime(at));
  const date = fromEpochDay(toEpochDay(local.slice(0, 10)) + days);
  const wall = londonWallClock(date, Number(local.slice(11, 13)), Number(local.slice(14, 16)));
  const seconds = Number(local.slice(17, 19));
  return seconds === 0 ? wall : formatLondonDateTime(parseDateTime(wall) + seconds * 1000);
}

/**
 * "Public holiday" in CA 1989 s45(2): Christmas Day, Good Friday, a bank holiday or a Sunday,
 * in England and Wales (not Saturday, and not local closures).
 */
function isPublicHoliday(epochDay: number): boolean {
  const date = fromEpochDay(epochDay);
  return (
    dayOfWeek(epochDay) === 0 ||
    date.endsWith('-12-25') ||
    bankHolidays(date, date, { calendar: englandAndWales }).length > 0
  );
}

/** An order's end as the log wrote it must be on a day of the case's calendar, as its date is. */
function checkEndInCalendar(context: TransitionContext, endsAt: IsoDateTime): void {
  checkInCalendar(toEpochDay(endsAt.slice(0, 10)), ['endsAt'], context.calendar);
}

function inLondon(at: IsoDateTime): IsoDateTime {
  return formatLondonDateTime(parseDateTime(at, 'endsAt'));
}

function checkEnd(startAt: IsoDateTime, endsAt: IsoDateTime, latest: IsoDateTime, message: string): void {
  const end = parseDateTime(endsAt, 'endsAt');
  if (end <= parseDateTime(startAt)) invalidField('endsAt', 'must be after the order is made');
  if (end > parseDateTime(latest)) refuse(`${message}: the latest end is ${latest}`);
}

/** True when protection or an order recorded as started has not reached its end by `at`. */
function inForce(record: { readonly endsAt: IsoDateTime } | undefined, at: IsoDateTime): boolean {
  return record !== undefined && parseDateTime(record.endsAt) > parseDateTime(at);
}
