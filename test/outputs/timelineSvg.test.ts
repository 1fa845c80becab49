import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { demoCase } from '../../scripts/docs/timelinePictures.js';
import {
  addWorkingDays,
  CalendarError,
  dueItems,
  timelineSvg,
  type CaseEvent,
  type CaseState,
  type DueStatus,
} from '../../src/index.js';
import { statusStyles } from '../../src/outputs/svg/statusMarkers.js';
import { textWidth } from '../../src/outputs/svg/svgMarkup.js';
import { stateOf } from '../support/legalCases.js';

/*
 * The timeline picture: well-formed XML, every deadline of the case drawn once with its status,
 * no text over another (boxes from each <text>'s position, size and anchor, with the same
 * generous width estimate the layout uses), from a fortnight to five years of history.
 */

/** The SVG as a DOM; any well-formedness error fails the test. */
function parseSvg(svg: string): Element {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  const root = document.documentElement as Element;
  expect(root.tagName).toBe('svg');
  return root;
}

const elements = (root: Element, name: string): Element[] => Array.from(root.getElementsByTagName(name)) as Element[];
const number = (element: Element, name: string): number => Number(element.getAttribute(name));

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Each visible text's box: cap height above the baseline, descenders below. */
function textBoxes(root: Element): Box[] {
  return elements(root, 'text').map((text) => {
    const size = number(text, 'font-size');
    const width = textWidth(text.textContent ?? '', size, text.getAttribute('font-weight') === 'bold');
    const x = number(text, 'x');
    const y = number(text, 'y');
    const anchor = text.getAttribute('text-anchor');
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { text: text.textContent ?? '', left, right: left + width, top: y - size * 0.8, bottom: y + size * 0.25 };
  });
}

function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`"${a.text}" and "${b.text}"`);
    }
  }
  return found;
}

/** Every text inside the picture, with nothing over another. */
function expectReadable(svg: string): Element {
  const root = parseSvg(svg);
  const boxes = textBoxes(root);
  expect(boxes.length).toBeGreaterThan(10);
  expect(overlaps(boxes)).toEqual([]);
  const width = number(root, 'width');
  const height = number(root, 'height');
  for (const box of boxes) {
    expect(box.left, box.text).toBeGreaterThanOrEqual(0);
    expect(box.right, box.text).toBeLessThanOrEqual(width);
    expect(box.bottom, box.text).toBeLessThanOrEqual(height);
  }
  return root;
}

/** Every deadline mark's timescale, due date and status, sorted. */
const drawnDeadlines = (root: Element): string[] =>
  elements(root, 'g')
    .filter((group) => group.getAttribute('class') === 'deadline')
    .map((group) => `${group.getAttribute('data-timescale')} ${group.getAttribute('data-due')} ${group.getAttribute('data-status')}`)
    .sort();

const expectedDeadlines = (state: CaseState, asOf: string): string[] =>
  dueItems(state, { asOf })
    .map((item) => `${item.timescale} ${item.due} ${item.status}`)
    .sort();

/** Five years of a plan: visits every 10 working days, core groups monthly, reviews every six months. */
function fiveYearCase(): CaseState {
  const events: CaseEvent[] = [
    { type: 'referralReceived', date: '2021-01-04' },
    { type: 'policeProtectionStarted', date: '2021-01-04', at: '2021-01-04T18:00:00Z' },
    { type: 'policeProtectionEnded', date: '2021-01-06', at: '2021-01-06T10:00:00Z' },
    { type: 'strategyDiscussionHeld', date: '2021-01-05', decision: 'section47' },
    { type: 'initialConferenceHeld', date: '2021-01-25', decision: 'plan', categories: ['neglect'] },
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) as CaseEvent[];
  const later: CaseEvent[] = [];
  for (let visit = addWorkingDays('2021-01-25', 9); visit < '2025-12-20'; visit = addWorkingDays(visit, 10)) later.push({ type: 'visitMade', date: visit });
  for (let month = 2; month <= 59; month++) {
    const year = 2021 + Math.floor(month / 12);
    later.push({ type: 'coreGroupHeld', date: addWorkingDays(`${year}-${String((month % 12) + 1).padStart(2, '0')}-01`, 2) });
  }
  for (let review = 0; review < 9; review++) {
    const year = 2021 + Math.floor((review + 1) / 2);
    later.push({ type: 'reviewConferenceHeld', date: review % 2 === 0 ? `${year}-04-20` : `${year}-10-19`, decision: 'continuePlan' });
  }
  const order = (event: CaseEvent): number => (event.type === 'reviewConferenceHeld' ? 0 : event.type === 'coreGroupHeld' ? 1 : 2);
  later.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b)));
  return stateOf([...events, ...later]);
}

describe('timelineSvg', () => {
  const demo = demoCase();
  const svg = timelineSvg(demo, { asOf: '2026-11-23' });

  it('is a standalone SVG with a title and a description for screen readers', () => {
    const root = parseSvg(svg);
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('cpp-timeline-title cpp-timeline-desc');
    expect(elements(root, 'title')[0]?.textContent).toBe('Case timeline');
    expect(elements(root, 'desc')[0]?.textContent).toMatch(/^A child protection case as of 23 Nov 2026: \d+ deadlines \(.*\d+ met.*\)\. Social care: child in need\. Legal: /);
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });

  it('draws every deadline of the demo case once, with its status and its explanation as its title', () => {
    const root = parseSvg(svg);
    expect(drawnDeadlines(root)).toEqual(expectedDeadlines(demo, '2026-11-23'));
    const items = dueItems(demo, { asOf: '2026-11-23' });
    const titles = elements(root, 'g')
      .filter((group) => group.getAttribute('class') === 'deadline')
      .map((group) => elements(group, 'title')[0]?.textContent);
    expect(titles.sort()).toEqual(items.map((item) => item.explanation).sort());
  });

  it('puts no text over another in the demo case, at every width', () => {
    for (const width of [480, 720, 960, 1600]) expectReadable(timelineSvg(demo, { asOf: '2026-11-23', width }));
  });

  it('reads from a fortnight to five years', () => {
    const fortnight = stateOf([
      { type: 'policeProtectionStarted', date: '2026-11-16', at: '2026-11-16T21:30:00Z' },
      { type: 'policeProtectionEnded', date: '2026-11-18', at: '2026-11-18T09:00:00Z' },
      { type: 'childAssessmentOrderMade', date: '2026-11-20', startsOn: '2026-11-20', days: 7 },
    ]);
    const short = expectReadable(timelineSvg(fortnight, { asOf: '2026-11-23', width: 640 }));
    // Ticks every day or every Monday, with the year under the first.
    const axis = elements(short, 'g').find((group) => group.getAttribute('class') === 'axis') as Element;
    const labels = elements(axis, 'text').map((text) => text.textContent);
    expect(labels).toContain('23 Nov');
    expect(labels).toContain('2026');
    expect(drawnDeadlines(short)).toEqual(expectedDeadlines(fortnight, '2026-11-23'));

    const long = fiveYearCase();
    const longSvg = timelineSvg(long, { asOf: '2025-12-31' });
    const root = expectReadable(longSvg);
    const yearly = elements(elements(root, 'g').find((group) => group.getAttribute('class') === 'axis') as Element, 'text').map((text) => text.textContent);
    expect(yearly).toEqual(expect.arrayContaining(['Jan 2022', 'Jan 2025']));
    // Over a hundred visits: every one drawn, only the labels of the most pressing shown.
    const drawn = drawnDeadlines(root);
    expect(drawn.filter((line) => line.startsWith('statutoryVisit ')).length).toBeGreaterThan(100);
    expect(drawn).toEqual(expectedDeadlines(long, '2025-12-31'));
    expect(elements(root, 'g').filter((group) => group.getAttribute('data-lane') === 'emergency').flatMap((lane) => elements(lane, 'g')).length).toBeGreaterThan(0);
  });

  it('gives each status its own shape as well as its colour, and names each in the legend', () => {
    const shapes = (Object.keys(statusStyles) as DueStatus[]).map((status) =>
      statusStyles[status].marker(0, 0, 5).replaceAll(statusStyles[status].colour, 'COLOUR'),
    );
    expect(new Set(shapes).size).toBe(shapes.length);
    const legend = elements(parseSvg(svg), 'g').find((group) => group.getAttribute('class') === 'legend') as Element;
    const words = elements(legend, 'text').map((text) => text.textContent);
    for (const status of Object.keys(statusStyles) as DueStatus[]) expect(words).toContain(`deadline ${statusStyles[status].word}`);
  });

  it('draws the as-of line at the as-of date', () => {
    const root = parseSvg(svg);
    const asOf = elements(root, 'g').find((group) => group.getAttribute('class') === 'as-of') as Element;
    expect(elements(asOf, 'text')[0]?.textContent).toBe('as of 23 Nov 2026');
  });

  it('escapes the title and never draws free text from the log', () => {
    const secret = 'Mother said <script>&"quoted"';
    const state = stateOf([{ type: 'referralReceived', date: '2026-11-02', note: secret } as CaseEvent]);
    const picture = timelineSvg(state, { asOf: '2026-11-23', title: 'Case <1> & "2"' });
    expect(elements(parseSvg(picture), 'title')[0]?.textContent).toBe('Case <1> & "2"');
    expect(picture).not.toContain('Mother');
  });

  it('is pure: the same picture twice, the state unchanged', () => {
    const before = JSON.stringify(demo);
    expect(timelineSvg(demo, { asOf: '2026-11-23' })).toBe(svg);
    expect(JSON.stringify(demo)).toBe(before);
  });

  it('draws an empty case', () => {
    const root = expectReadable(timelineSvg(stateOf([]), { asOf: '2026-11-23' }));
    expect(drawnDeadlines(root)).toEqual([]);
  });

  it('refuses a bad asOf, width or title with a CalendarError', () => {
    const error = (run: () => unknown): CalendarError => {
      try {
        run();
      } catch (thrown) {
        if (thrown instanceof CalendarError) return thrown;
      }
      throw new Error('expected a CalendarError');
    };
    expect(error(() => timelineSvg(demo, { asOf: '2026-02-30' })).code).toBe('INVALID_DATE');
    expect(error(() => timelineSvg(demo, { asOf: '2026-11-23', width: 100 })).argument).toBe('width');
    expect(error(() => timelineSvg(demo, { asOf: '2026-11-23', width: 960.5 })).argument).toBe('width');
    expect(error(() => timelineSvg(demo, { asOf: '2026-11-23', title: 7 as unknown as string })).argument).toBe('title');
  });
});
