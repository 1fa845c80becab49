import { CalendarError, describeType } from '../dates/calendarError.js';
import { toEpochDay } from '../dates/epochDay.js';
import { isoDate } from '../dates/isoDate.js';
import type { DueStatus } from '../pathway/dueItems.js';
import { legalPhases } from '../pathway/legal/legalTable.js';
import { socialPhases } from '../pathway/socialCare/socialCareTable.js';
import type { CaseState } from '../pathway/state.js';
import { caseMarks, laneTitles, type CaseMarks, type Lane } from './svg/caseMarks.js';
import { placeInRows, type Rows } from './svg/rowPacking.js';
import { legendStatuses, statusStyles } from './svg/statusMarkers.js';
import { element, escapeXml, textElement, textWidth, titleOf } from './svg/svgMarkup.js';
import { shortDate, ticks, xOf, type DayScale } from './svg/timeAxis.js';

/*
 * A case as a picture: one lane per track, phases as bars, events as ticks, deadlines as
 * markers whose shape and colour give their status. Every position comes from the layout below
 * and every text's box is estimated generously (textWidth), so labels are placed where they
 * cannot touch; a label with no room left is dropped from view, never its mark, and every mark
 * keeps its words in a <title> for screen readers and tooltips.
 */

/** Options of {@link timelineSvg}. */
export interface TimelineSvgOptions {
  /** The date the picture is drawn as of (`YYYY-MM-DD`): statuses and the "as of" line; never read from a clock. */
  readonly asOf: string;
  /** The picture's width in pixels (user units), 480 to 4000; 960 when omitted. The height follows from the content. */
  readonly width?: number;
  /** The heading drawn at the top and used as the SVG's accessible name; `Case timeline` when omitted. */
  readonly title?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const MARGIN = 16;
const LANE_LABEL = 104;
const LABEL_SIZE = 11;
const BAR = 16;
const MARKER = 5;
const MAX_LABEL_ROWS = 3;
const MAX_MARKER_ROWS = 3;
/** A white outline under a label's letters, so a line drawn across it (the as-of line) does not cut them. */
const HALO = { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;
const lanes: readonly Lane[] = ['socialCare', 'legal', 'emergency'];
const laneColours: Readonly<Record<Lane, { fill: string; stroke: string }>> = {
  socialCare: { fill: '#dbeafe', stroke: '#1e40af' },
  legal: { fill: '#ede9fe', stroke: '#5b21b6' },
  emergency: { fill: '#fee2e2', stroke: '#991b1b' },
};

/**
 * A case's timeline as a standalone SVG image (a string; no DOM, nothing loaded at run time):
 * one lane per track (social care, legal, emergency) with its phases as bars, events as ticks
 * and every deadline as a marker at its due date, coloured and shaped by its status on `asOf`
 * (met, met late, due today, overdue, upcoming), a legend, the `asOf` line and a date axis that
 * suits two weeks or five years. The SVG has a `<title>` and `<desc>`, and every mark a
 * `<title>` with its words, for screen readers; free text from the log is never drawn.
 *
 * @example
 * const result = replay(events);
 * if (result.ok) {
 *   const svg = timelineSvg(result.state, { asOf: '2026-11-23', title: 'Case 2024-117' });
 *   // '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="..." role="img" ...'
 *   writeFileSync('case.svg', svg);
 * }
 */
export function timelineSvg(state: CaseState, options: TimelineSvgOptions): string {
  const asOf = isoDate(options?.asOf, 'asOf');
  const width = options.width ?? 960;
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 480 || width > 4000) {
    throw new CalendarError('INVALID_ARGUMENT', 'width', `width must be a whole number from 480 to 4000, received ${describeType(width)}`);
  }
  const title = options.title ?? 'Case timeline';
  if (typeof title !== 'string') throw new CalendarError('INVALID_ARGUMENT', 'title', `title must be a string, received ${describeType(title)}`);
  const marks = caseMarks(state, asOf);
  return draw(state, marks, toEpochDay(asOf), width, title);
}

/** The days shown: everything the case dates, and `asOf`, with a margin; at least two weeks. */
function dayRange(marks: CaseMarks, today: number): { first: number; last: number } {
  const days = [today, ...marks.phases.flatMap((phase) => [phase.from, phase.to]), ...marks.events.map((event) => event.day), ...marks.deadlines.map((mark) => mark.day)];
  let first = Math.min(...days);
  let last = Math.max(...days) + 1;
  if (last - first < 14) {
    const middle = (first + last) / 2;
    first = Math.floor(middle - 7);
    last = first + 14;
  }
  const pad = Math.max(1, Math.round((last - first) * 0.03));
  return { first: first - pad, last: last + pad };
}

/** Everything drawn, in order, and the y reached. */
interface Canvas {
  readonly parts: string[];
  y: number;
}

function draw(state: CaseState, marks: CaseMarks, today: number, width: number, title: string): string {
  const scale: DayScale = { ...dayRange(marks, today), left: MARGIN + LANE_LABEL, width: width - MARGIN * 2 - LANE_LABEL };
  const right = scale.left + scale.width;
  const canvas: Canvas = { parts: [], y: MARGIN };
  const asOfText = `as of ${shortDate(today)}`;
  const heading = fitText(title, 16, width - MARGIN * 2, true);
  canvas.parts.push(textElement({ x: MARGIN, y: MARGIN + 16, 'font-size': 16, 'font-weight': 'bold' }, heading));
  const span = `${shortDate(Math.ceil(scale.first))} to ${shortDate(Math.floor(scale.last))}`;
  canvas.parts.push(textElement({ x: MARGIN, y: MARGIN + 36, 'font-size': 12, fill: '#374151' }, fitText(`${span}, ${asOfText}`, 12, width - MARGIN * 2)));
  canvas.y = MARGIN + 64;

  const axisTicks = ticks(scale, LABEL_SIZE, 12).filter((tick) => {
    const half = textWidth(tick.label, LABEL_SIZE) / 2;
    const x = xOf(scale, tick.day);
    return x - half >= scale.left && x + half <= right;
  });
  const plotTop = canvas.y;
  const grid = axisTicks.map((tick) => xOf(scale, tick.day));
  const laneParts: string[] = [];
  for (const lane of lanes) laneParts.push(drawLane(canvas, lane, marks, scale, width));
  const plotBottom = canvas.y;

  const gridLines = grid.map((x) => element('line', { x1: x, y1: plotTop, x2: x, y2: plotBottom, stroke: '#e5e7eb', 'stroke-width': 1 }));
  const asOfX = xOf(scale, today + 0.5);
  const asOfWidth = textWidth(asOfText, LABEL_SIZE, true);
  const asOfLabelX = Math.min(Math.max(asOfX, scale.left + asOfWidth / 2), right - asOfWidth / 2);
  const asOfLine = element('g', { class: 'as-of' }, [
    titleOf(`As of ${shortDate(today)}: the date the statuses are judged on`),
    element('line', { x1: asOfX, y1: plotTop - 10, x2: asOfX, y2: plotBottom, stroke: '#111827', 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }),
    textElement({ x: asOfLabelX, y: plotTop - 14, 'font-size': LABEL_SIZE, 'text-anchor': 'middle', 'font-weight': 'bold' }, asOfText),
  ]);

  const axisY = plotBottom;
  const axis = element('g', { class: 'axis' }, [
    element('line', { x1: scale.left, y1: axisY, x2: right, y2: axisY, stroke: '#374151', 'stroke-width': 1 }),
    ...axisTicks.flatMap((tick) => {
      const x = xOf(scale, tick.day);
      return [
        element('line', { x1: x, y1: axisY, x2: x, y2: axisY + 5, stroke: '#374151', 'stroke-width': 1 }),
        textElement({ x, y: axisY + 18, 'font-size': LABEL_SIZE, 'text-anchor': 'middle', fill: '#374151' }, tick.label),
        ...(tick.year === undefined ? [] : [textElement({ x, y: axisY + 31, 'font-size': LABEL_SIZE, 'text-anchor': 'middle', fill: '#374151' }, tick.year)]),
      ];
    }),
  ]);
  canvas.y = axisY + (axisTicks.some((tick) => tick.year !== undefined) ? 50 : 36);
  const legend = drawLegend(canvas, width);
  const height = Math.ceil(canvas.y + MARGIN);

  const description = describe(state, marks, today);
  return `${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'cpp-timeline-title cpp-timeline-desc',
      'font-family': FONT,
      fill: '#111827',
    },
    [
      `<title id="cpp-timeline-title">${escapeXml(title)}</title>`,
      `<desc id="cpp-timeline-desc">${escapeXml(description)}</desc>`,
      element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
      ...gridLines,
      // Under the lanes: their labels' halos keep the line from cutting through them.
      asOfLine,
      ...canvas.parts,
      ...laneParts,
      axis,
      legend,
    ],
  )}\n`;
}

/** A text cut with an ellipsis to fit `room` pixels, by the generous width estimate. */
function fitText(text: string, fontSize: number, room: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= room) return text;
  let cut = text;
  while (cut.length > 0 && textWidth(`${cut}…`, fontSize, bold) > room) cut = cut.slice(0, -1);
  return cut.length === 0 ? '' : `${cut.trimEnd()}…`;
}

function drawLane(canvas: Canvas, lane: Lane, marks: CaseMarks, scale: DayScale, width: number): string {
  const colours = laneColours[lane];
  const right = scale.left + scale.width;
  const top = canvas.y;
  const parts: string[] = [];
  let y = top + 8;

  // Phases: bars packed into rows so that overlapping phases (a plan during proceedings) stack.
  const phaseRows: Rows = [];
  const phases = marks.phases.filter((phase) => phase.lane === lane);
  for (const phase of phases) {
    const x1 = xOf(scale, phase.from);
    const x2 = Math.max(xOf(scale, phase.to + 1), x1 + 3);
    const row = placeInRows(phaseRows, x1, x2, 2, Number.POSITIVE_INFINITY) as number;
    const barY = y + row * (BAR + 4);
    const label = fitText(phase.label, LABEL_SIZE, x2 - x1 - 8);
    parts.push(
      element('g', { class: 'phase' }, [
        titleOf(`${phase.label}: ${shortDate(phase.from)} to ${phase.open ? `${shortDate(phase.to)} and continuing` : shortDate(phase.to)}`),
        element('rect', { x: x1, y: barY, width: x2 - x1, height: BAR, rx: 3, fill: colours.fill, stroke: colours.stroke, 'stroke-width': 1, 'stroke-dasharray': phase.open ? '4 2' : undefined }),
        ...(label.length < 4 ? [] : [textElement({ x: x1 + 4, y: barY + 12, 'font-size': LABEL_SIZE, fill: '#111827' }, label)]),
      ]),
    );
  }
  y += phaseRows.length * (BAR + 4);

  // Events: a tick each day something happened on this track.
  const events = marks.events.filter((event) => event.lane === lane);
  if (events.length > 0) {
    for (const event of events) {
      const x = xOf(scale, event.day + 0.5);
      parts.push(
        element('g', { class: 'event' }, [
          titleOf(`${shortDate(event.day)}: ${event.what.join('; ')}`),
          element('path', { d: `M${round(x)} ${round(y + 2)}V${round(y + 14)}`, stroke: '#4b5563', 'stroke-width': 2 }),
        ]),
      );
    }
    y += 18;
  }

  // Deadlines: markers in up to three rows, so that close ones stay apart; labels beneath.
  const deadlines = marks.deadlines.filter((mark) => mark.lane === lane);
  const markerRows: Rows = [];
  const placed = deadlines.map((mark) => {
    const x = xOf(scale, mark.day + 0.5);
    const row = placeInRows(markerRows, x - MARKER - 1, x + MARKER + 1, 1, MAX_MARKER_ROWS) ?? mark.day % MAX_MARKER_ROWS;
    return { mark, x, row };
  });
  const markerTop = y + MARKER + 3;
  const markerRowCount = Math.min(markerRows.length, MAX_MARKER_ROWS);
  const labelTop = markerTop + markerRowCount * (MARKER * 2 + 5);
  const labelRows: Rows = [];
  const labelled = new Map<(typeof placed)[number], { x: number; row: number; text: string }>();
  // Labels go to the deadlines that need action first, then the latest: older met ones yield.
  const byNeed = [...placed].sort((a, b) => labelPriority(a.mark.item.status) - labelPriority(b.mark.item.status) || b.mark.day - a.mark.day);
  for (const entry of byNeed) {
    const text = `${entry.mark.label} ${statusStyles[entry.mark.item.status].word}`;
    const textHalf = textWidth(text, LABEL_SIZE) / 2;
    const x = Math.min(Math.max(entry.x, scale.left + textHalf), right - textHalf);
    const row = placeInRows(labelRows, x - textHalf, x + textHalf, 6, MAX_LABEL_ROWS);
    if (row !== undefined) labelled.set(entry, { x, row, text });
  }
  for (const entry of placed) {
    const { mark, x, row } = entry;
    const markerY = markerTop + row * (MARKER * 2 + 5);
    const label = labelled.get(entry);
    const style = statusStyles[mark.item.status];
    parts.push(
      element(
        'g',
        { class: 'deadline', 'data-timescale': mark.item.timescale, 'data-status': mark.item.status, 'data-due': mark.item.due },
        [
          titleOf(mark.item.explanation),
          ...(mark.item.status === 'metLate' && mark.item.metOn !== undefined
            ? [element('line', { x1: x, y1: markerY, x2: xOf(scale, toEpochDay(mark.item.metOn) + 0.5), y2: markerY, stroke: style.colour, 'stroke-width': 1.5 })]
            : []),
          style.marker(x, markerY, MARKER),
          ...(label === undefined
            ? []
            : [textElement({ x: label.x, y: labelTop + label.row * 14 + 10, 'font-size': LABEL_SIZE, 'text-anchor': 'middle', fill: style.colour, ...HALO }, label.text)]),
        ],
      ),
    );
  }
  y = labelTop + Math.min(labelRows.filter((row) => row.length > 0).length, MAX_LABEL_ROWS) * 14;
  if (phases.length === 0 && events.length === 0 && deadlines.length === 0) {
    parts.push(textElement({ x: scale.left + 4, y: y + 12, 'font-size': LABEL_SIZE, fill: '#6b7280' }, 'Nothing on this track'));
    y += 18;
  }
  const bottom = Math.max(y + 8, top + 36);
  canvas.y = bottom;
  return element('g', { class: 'lane', 'data-lane': lane }, [
    element('line', { x1: MARGIN, y1: top, x2: width - MARGIN, y2: top, stroke: '#9ca3af', 'stroke-width': 1 }),
    textElement({ x: MARGIN, y: top + 20, 'font-size': 13, 'font-weight': 'bold', fill: colours.stroke }, laneTitles[lane]),
    ...parts,
  ]);
}

const round = (value: number): number => Math.round(value * 10) / 10;

function labelPriority(status: DueStatus): number {
  return legendStatuses.indexOf(status);
}

function drawLegend(canvas: Canvas, width: number): string {
  const items: { symbol: (x: number, y: number) => string; words: string; width: number }[] = [
    ...legendStatuses.map((status) => ({
      symbol: (x: number, y: number) => statusStyles[status].marker(x + 6, y, MARKER),
      words: `deadline ${statusStyles[status].word}`,
      width: 14,
    })),
    { symbol: (x, y) => element('path', { d: `M${round(x + 6)} ${round(y - 6)}V${round(y + 6)}`, stroke: '#4b5563', 'stroke-width': 2 }), words: 'event', width: 14 },
    { symbol: (x, y) => element('rect', { x, y: y - 6, width: 24, height: 12, rx: 3, fill: '#dbeafe', stroke: '#1e40af' }), words: 'phase', width: 26 },
    {
      symbol: (x, y) => element('rect', { x, y: y - 6, width: 24, height: 12, rx: 3, fill: '#dbeafe', stroke: '#1e40af', 'stroke-dasharray': '4 2' }),
      words: 'phase continuing',
      width: 26,
    },
    { symbol: (x, y) => element('path', { d: `M${round(x + 6)} ${round(y - 7)}V${round(y + 7)}`, stroke: '#111827', 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }), words: 'as of', width: 14 },
  ];
  const parts: string[] = [textElement({ x: MARGIN, y: canvas.y + 4, 'font-size': 12, 'font-weight': 'bold' }, 'Key')];
  let x = MARGIN + 40;
  let y = canvas.y;
  for (const item of items) {
    const itemWidth = item.width + 4 + textWidth(item.words, LABEL_SIZE);
    if (x + itemWidth > width - MARGIN) {
      x = MARGIN + 40;
      y += 20;
    }
    parts.push(item.symbol(x, y), textElement({ x: x + item.width + 4, y: y + 4, 'font-size': LABEL_SIZE }, item.words));
    x += itemWidth + 16;
  }
  canvas.y = y + 12;
  return element('g', { class: 'legend' }, parts);
}

/** The picture in words, for the SVG's `<desc>`. */
function describe(state: CaseState, marks: CaseMarks, today: number): string {
  const counts = legendStatuses
    .map((status) => [status, marks.deadlines.filter((mark) => mark.item.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusStyles[status].word}`);
  const deadlines = marks.deadlines.length === 1 ? '1 deadline' : `${marks.deadlines.length} deadlines`;
  return (
    `A child protection case as of ${shortDate(today)}: ${deadlines}${counts.length === 0 ? '' : ` (${counts.join(', ')})`}. ` +
    `Social care: ${socialPhases[state.social.phase].toLowerCase()}. Legal: ${legalPhases[state.legal.phase].toLowerCase()}.`
  );
}
