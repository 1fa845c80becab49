import { englandAndWales } from '../src/index.js';
import { answers, formatRate, formatRatio, markdownTable, measureOps, type Measurement } from './harness.js';
import { englandAndWalesHolidays, ours } from './ours.js';
import { peers, type Contender } from './peers/index.js';
import { randomIsoDates } from './random.js';
import type { BenchSuite, TargetResult } from './suite.js';

const AMOUNTS = [1, 15, 45, 250] as const;
const INPUT_COUNT = 1024;
const SEED = 0x5eed_2015;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2027;
/** The years England and Wales answers for (`englandAndWales.coverage.supported`). */
const SUPPORTED_FROM = englandAndWales.coverage.supported.from;
const SUPPORTED_TO = englandAndWales.coverage.supported.to;

interface Row {
  readonly amount: number;
  readonly ours: Measurement;
  readonly peers: ReadonlyMap<string, Measurement>;
}

interface Agreement {
  readonly peer: string;
  readonly amount: number;
  readonly checked: number;
  readonly mismatches: readonly string[];
}

/**
 * "Add N working days" and "working days between" against peers, on the same seeded random
 * start dates for every contender, with every peer's answers checked against ours.
 */
export const workingDaysBench: BenchSuite = {
  name: 'workingDays',
  title: 'Working days (England & Wales): ours against peers',
  async run({ quick, print }) {
    const timing = quick ? { timeMs: 100, warmupMs: 30 } : { timeMs: 500, warmupMs: 150 };
    const checkBudgetMs = quick ? 100 : 400;
    const contenders = await Promise.all(peers.map((create) => create(englandAndWalesHolidays())));
    const dates = randomIsoDates(INPUT_COUNT, FIRST_YEAR, LAST_YEAR, SEED);

    const rows: Row[] = [];
    const agreements: Agreement[] = [];
    for (const amount of AMOUNTS) {
      const amounts = dates.map(() => amount);
      const expected = dates.map((date) => ours.addWorkingDays(date, amount));
      progress(`add ${amount}: ours`);
      const ourRate = await measureOps(`ours +${amount}`, ours.addWorkingDays, dates, amounts, timing);
      const peerRates = new Map<string, Measurement>();
      for (const peer of contenders) {
        progress(`add ${amount}: ${peer.name}`);
        const got = answers(peer.addWorkingDays, dates, amounts, checkBudgetMs);
        agreements.push({
          peer: peer.name,
          amount,
          checked: got.length,
          mismatches: got.flatMap((answer, at) =>
            answer === expected[at] ? [] : [`${dates[at]} + ${amount}: ours ${expected[at]}, ${peer.name} ${answer}`],
          ),
        });
        peerRates.set(peer.name, await measureOps(`${peer.name} +${amount}`, peer.addWorkingDays, dates, amounts, timing));
      }
      rows.push({ amount, ours: ourRate, peers: peerRates });
    }

    print(`Inputs: ${INPUT_COUNT} start dates drawn uniformly from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31 (seed 0x${SEED.toString(16)}), the same for every contender; ops/s = calls of add(date, amount) per second, taking the dates in turn.`);
    print();
    print('**Add N working days**');
    print();
    const header = ['amount', 'ours ops/s'];
    for (const peer of contenders) header.push(`${peer.name} ops/s`, `ours/${peer.name}`);
    const table = rows.map((row) => {
      const cells = [String(row.amount), formatRate(row.ours.opsPerSecond)];
      for (const peer of contenders) {
        const rate = row.peers.get(peer.name) as Measurement;
        cells.push(formatRate(rate.opsPerSecond), formatRatio(row.ours.opsPerSecond / rate.opsPerSecond));
      }
      return cells;
    });
    for (const line of markdownTable(header, table)) print(line);
    const worstRme = Math.max(...rows.flatMap((row) => [row.ours.rme, ...[...row.peers.values()].map((rate) => rate.rme)]));
    print();
    print(`Largest margin of error of a mean above: ±${worstRme.toFixed(1)}%.`);
    print();
    for (const contender of [ours, ...contenders]) print(`- ${contender.name}: ${contender.description}`);
    print();

    print('**Agreement with ours** (each peer on the first inputs it could answer within the check budget)');
    print();
    const agreementRows = contenders.map((peer) => {
      const own = agreements.filter((agreement) => agreement.peer === peer.name);
      const mismatches = own.flatMap((agreement) => agreement.mismatches);
      return [
        peer.name,
        own.map((agreement) => `${agreement.checked} (+${agreement.amount})`).join(', '),
        String(mismatches.length),
        mismatches.slice(0, 3).join('; ') || '-',
      ];
    });
    for (const line of markdownTable(['peer', 'inputs checked', 'mismatches', 'examples'], agreementRows)) print(line);
    print();
    for (const line of holidayDataDifferences(contenders)) print(line);

    const differenceRows = await differenceBench([ours, ...contenders], dates, timing, checkBudgetMs);
    print('**Working days between two dates** (spans of N working days: later = ours.add(earlier, N))');
    print();
    for (const line of markdownTable(differenceRows.header, differenceRows.rows)) print(line);
    print();

    return targets(rows);
  },
};

/**
 * The slowest peers can be checked on few inputs in the time, so peers with their own holiday
 * data also have it compared with ours for every supported year: a weekday holiday one side
 * has and the other lacks would shift every answer that spans it.
 */
function holidayDataDifferences(contenders: readonly Contender[]): string[] {
  const weekdayHolidays = englandAndWalesHolidays().filter((date) => {
    const weekday = new Date(Date.parse(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  });
  const ourSet = new Set(weekdayHolidays);
  const lines: string[] = [];
  for (const peer of contenders) {
    if (peer.holidayWeekdays === undefined) continue;
    const rows: string[][] = [];
    for (let year = SUPPORTED_FROM; year <= SUPPORTED_TO; year++) {
      const theirs = new Set(peer.holidayWeekdays(year));
      const oursOnly = weekdayHolidays.filter((date) => date.startsWith(`${year}-`) && !theirs.has(date));
      const theirsOnly = [...theirs].filter((date) => !ourSet.has(date));
      if (oursOnly.length > 0 || theirsOnly.length > 0) {
        rows.push([String(year), oursOnly.join(', ') || '-', theirsOnly.join(', ') || '-']);
      }
    }
    const inRange = rows.filter((row) => Number(row[0]) >= FIRST_YEAR && Number(row[0]) <= LAST_YEAR + 2).length;
    lines.push(
      `**${peer.name} holiday data against ours**, weekday bank holidays ${SUPPORTED_FROM}-${SUPPORTED_TO}: ` +
        `${rows.length} year(s) differ, ${inRange} of them within the inputs' reach (${FIRST_YEAR}-${LAST_YEAR + 2}).`,
      '',
    );
    if (rows.length > 0) lines.push(...markdownTable(['year', `only ours`, `only ${peer.name}`], rows), '');
  }
  return lines;
}

/** differenceInWorkingDays against the peers that offer it, on spans of each amount. */
async function differenceBench(
  contenders: readonly Contender[],
  dates: readonly string[],
  timing: { timeMs: number; warmupMs: number },
  checkBudgetMs: number,
): Promise<{ header: string[]; rows: string[][] }> {
  const [own, ...others] = contenders.filter((contender) => contender.differenceInWorkingDays !== undefined);
  const mine = own?.differenceInWorkingDays as NonNullable<Contender['differenceInWorkingDays']>;
  const header = ['span', 'ours ops/s'];
  for (const peer of others) header.push(`${peer.name} ops/s`, `ours/${peer.name}`, `${peer.name} mismatches`);
  const rows: string[][] = [];
  for (const amount of AMOUNTS) {
    const later = dates.map((date) => ours.addWorkingDays(date, amount));
    progress(`difference ${amount}: ours`);
    const ourRate = await measureOps(`ours diff ${amount}`, mine, later, dates, timing);
    const cells = [String(amount), formatRate(ourRate.opsPerSecond)];
    for (const peer of others) {
      const theirs = peer.differenceInWorkingDays as NonNullable<Contender['differenceInWorkingDays']>;
      progress(`difference ${amount}: ${peer.name}`);
      const got = answers(theirs, later, dates, checkBudgetMs);
      const wrong = got.filter((answer, at) => answer !== mine(later[at] as string, dates[at] as string)).length;
      const rate = await measureOps(`${peer.name} diff ${amount}`, theirs, later, dates, timing);
      cells.push(formatRate(rate.opsPerSecond), formatRatio(ourRate.opsPerSecond / rate.opsPerSecond), `${wrong}/${got.length}`);
    }
    rows.push(cells);
  }
  return { header, rows };
}

function targets(rows: readonly Row[]): TargetResult[] {
  const ratio = (amount: number, peer: string): number => {
    const row = rows.find((candidate) => candidate.amount === amount);
    const rate = row?.peers.get(peer);
    return row === undefined || rate === undefined ? Number.NaN : row.ours.opsPerSecond / rate.opsPerSecond;
  };
  const atLeast = (target: string, value: number, floor: number): TargetResult => ({
    target,
    measured: formatRatio(value),
    met: value >= floor,
  });
  const dateHolidayRatios = rows.map((row) => ({ amount: row.amount, ratio: ratio(row.amount, 'date-holidays') }));
  const weakest = dateHolidayRatios.reduce((low, entry) => (entry.ratio < low.ratio ? entry : low));
  return [
    atLeast('add: ours >= 20x the Set loop at amount 15', ratio(15, 'Set loop'), 20),
    atLeast('add: ours >= 200x the Set loop at amount 250', ratio(250, 'Set loop'), 200),
    {
      target: 'add: ours >= 1000x the date-holidays loop at every amount',
      measured: `${formatRatio(weakest.ratio)} at its lowest (amount ${weakest.amount})`,
      met: weakest.ratio >= 1000,
    },
  ];
}

function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}
