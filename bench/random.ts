/** A small seeded PRNG (mulberry32), so every run and every contender sees the same inputs. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;

/**
 * `count` ISO dates drawn uniformly from `fromYear`-01-01 to `toYear`-12-31 (weekends and
 * holidays included, as real start dates are) with a fixed seed.
 */
export function randomIsoDates(count: number, fromYear: number, toYear: number, seed: number): string[] {
  const random = mulberry32(seed);
  const first = Date.UTC(fromYear, 0, 1) / DAY_MS;
  const span = Date.UTC(toYear + 1, 0, 1) / DAY_MS - first;
  return Array.from({ length: count }, () =>
    new Date((first + Math.floor(random() * span)) * DAY_MS).toISOString().slice(0, 10),
  );
}
