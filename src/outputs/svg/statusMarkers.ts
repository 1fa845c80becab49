import type { DueStatus } from '../../pathway/dueItems.js';
import { element, num } from './svgMarkup.js';

/*
 * How each deadline status is drawn. Colour alone would fail readers who cannot tell red from
 * green (WCAG 2.2 success criterion 1.4.1, Use of Color), so each status has its own shape
 * too, and the legend shows both: met a filled circle, met late a diamond, due today a square,
 * overdue a triangle with a bar across it, upcoming a hollow ring, ended early (a minimum period
 * whose plan closed first) a cross. The colours are dark enough
 * for 3:1 contrast against white (criterion 1.4.11, Non-text Contrast).
 */

interface StatusStyle {
  readonly word: string;
  readonly colour: string;
  readonly marker: (x: number, y: number, size: number) => string;
}

const polygon = (points: readonly (readonly [number, number])[], fill: string, stroke: string): string =>
  element('path', { d: `M${points.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}Z`, fill, stroke, 'stroke-width': 1.5 });

/** Each status's word, colour and marker, in the legend's order. */
export const statusStyles: Readonly<Record<DueStatus, StatusStyle>> = {
  met: {
    word: 'met',
    colour: '#1a7f37',
    marker: (x, y, size) => element('circle', { cx: x, cy: y, r: size * 0.9, fill: '#1a7f37', stroke: '#1a7f37', 'stroke-width': 1.5 }),
  },
  metLate: {
    word: 'met late',
    colour: '#9a5800',
    marker: (x, y, size) => polygon([[x, y - size * 1.2], [x + size * 1.2, y], [x, y + size * 1.2], [x - size * 1.2, y]], '#9a5800', '#9a5800'),
  },
  dueToday: {
    word: 'due today',
    colour: '#6b21a8',
    marker: (x, y, size) => element('rect', { x: x - size, y: y - size, width: size * 2, height: size * 2, fill: '#6b21a8', stroke: '#6b21a8', 'stroke-width': 1.5 }),
  },
  overdue: {
    word: 'overdue',
    colour: '#c62828',
    marker: (x, y, size) =>
      polygon([[x, y - size * 1.2], [x + size * 1.2, y + size], [x - size * 1.2, y + size]], '#c62828', '#c62828') +
      element('path', { d: `M${num(x)} ${num(y - size * 0.4)}V${num(y + size * 0.35)}`, stroke: '#ffffff', 'stroke-width': 1.5 }),
  },
  endedEarly: {
    word: 'ended early',
    colour: '#b91c1c',
    marker: (x, y, size) =>
      element('path', { d: `M${num(x - size)} ${num(y - size)}L${num(x + size)} ${num(y + size)}M${num(x + size)} ${num(y - size)}L${num(x - size)} ${num(y + size)}`, stroke: '#b91c1c', 'stroke-width': 2.5 }),
  },
  upcoming: {
    word: 'upcoming',
    colour: '#0b5cad',
    marker: (x, y, size) => element('circle', { cx: x, cy: y, r: size * 0.8, fill: '#ffffff', stroke: '#0b5cad', 'stroke-width': 2 }),
  },
};

/** The statuses in the legend's order: the ones needing action first. */
export const legendStatuses: readonly DueStatus[] = ['overdue', 'dueToday', 'upcoming', 'endedEarly', 'metLate', 'met'];
