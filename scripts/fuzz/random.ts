import { mulberry32 } from '../../bench/random.js';

/** A seeded source of choices: the same seed gives the same logs on every machine and in every time zone. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `low` to `high`, both included. */
  between(low: number, high: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
}

/** The seeded source of log `index` of a run seeded `seed`: each log can be regenerated alone. */
export function randomFor(seed: number, index: number): Random {
  const next = mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const between = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    between,
    chance: (p) => next() < p,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[between(0, list.length - 1)] as T;
    },
  };
}
