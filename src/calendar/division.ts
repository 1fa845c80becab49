/**
 * The three bank-holiday divisions of the United Kingdom, named as in the gov.uk feed.
 *
 * @example
 * const division: Division = 'scotland';
 */
export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** Every division, in the order of the gov.uk feed. */
export const divisions: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
