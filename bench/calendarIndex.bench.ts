import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCalendar, englandAndWales, northernIreland, scotland, type WorkingDayCalendar } from '../src/index.js';
import { indexOf } from '../src/calendar/workingDayCalendar.js';
import { markdownTable, median } from './harness.js';
import type { BenchSuite } from './suite.js';

const MEMORY_CEILING_BYTES = 1024 * 1024;
const BUILD_SAMPLES = 30;
const HEAP_SAMPLES = 20;

/**
 * Estimated bytes of a plain object with `fields` in-object properties plus the array slot
 * pointing to it, on a 64-bit Node without pointer compression (Node's default build): a
 * 3-word header (map, properties, elements), a word per field, a word for the slot. Strings are
 * not counted: the names are literals of the generated data and rules, shared by every index.
 */
const objectBytes = (fields: number): number => (3 + fields + 1) * 8;

interface IndexMemory {
  readonly typedArrays: number;
  readonly objects: number;
  readonly days: number;
  readonly nonWorking: number;
}

/** Sums the typed arrays of an index and estimates its arrays of plain objects. */
function memoryOf(calendar: WorkingDayCalendar): IndexMemory {
  const index = indexOf(calendar) as unknown as Record<string, unknown>;
  let typedArrays = 0;
  let objects = 0;
  let nonWorking = 0;
  for (const value of Object.values(index)) {
    if (ArrayBuffer.isView(value)) typedArrays += value.byteLength;
    else if (Array.isArray(value)) {
      nonWorking += value.length;
      objects += 32 + value.reduce<number>((sum, entry) => sum + objectBytes(Object.keys(Object(entry)).length), 0);
    }
  }
  return { typedArrays, objects, days: Number(index.length), nonWorking };
}

/** The garbage collector, reached without restarting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap plus array-buffer bytes retained per index, measured over fresh calendars. */
function measuredBytesPerIndex(): number {
  const gc = collector();
  const used = (): number => {
    gc();
    gc();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const calendars = Array.from({ length: HEAP_SAMPLES }, () => createCalendar());
  const before = used();
  const indexes = calendars.map((calendar) => indexOf(calendar));
  const after = used();
  if (indexes.length !== HEAP_SAMPLES) throw new Error('unreachable');
  return (after - before) / HEAP_SAMPLES;
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Memory of the precomputed working-day index and the one-off cost of building it. */
export const calendarIndexBench: BenchSuite = {
  name: 'calendarIndex',
  title: 'Working-day index: memory per calendar and build time',
  async run({ print }) {
    // First, while nothing has been built or optimised: what a user's first call pays.
    const coldStart = performance.now();
    indexOf(createCalendar());
    const coldMs = performance.now() - coldStart;
    const buildMs = Array.from({ length: BUILD_SAMPLES }, () => {
      const calendar = createCalendar();
      const start = performance.now();
      indexOf(calendar);
      return performance.now() - start;
    });

    const calendars: [string, WorkingDayCalendar][] = [
      ['England and Wales', englandAndWales],
      ['Scotland', scotland],
      ['Northern Ireland', northernIreland],
    ];
    const rows = calendars.map(([name, calendar]) => {
      const memory = memoryOf(calendar);
      return [
        name,
        `${memory.days.toLocaleString('en-GB')} days, ${memory.nonWorking} holidays`,
        kB(memory.typedArrays),
        kB(memory.objects),
        kB(memory.typedArrays + memory.objects),
      ];
    });
    const largest = Math.max(...calendars.map(([, calendar]) => {
      const memory = memoryOf(calendar);
      return memory.typedArrays + memory.objects;
    }));
    const measured = measuredBytesPerIndex();

    for (const line of markdownTable(['calendar', 'range', 'typed arrays', 'nonWorking (est.)', 'total'], rows)) print(line);
    print();
    print(`Measured on the heap (heapUsed + arrayBuffers after GC, mean over ${HEAP_SAMPLES} England and Wales calendars): ${kB(measured)} per index.`);
    print();
    print(`Index build (England and Wales, 1995-2075): first build in the process ${coldMs.toFixed(2)} ms; then median ${median(buildMs).toFixed(2)} ms, fastest ${Math.min(...buildMs).toFixed(2)} ms over ${BUILD_SAMPLES} fresh calendars.`);
    print();
    const worst = Math.max(largest, measured);
    return [
      {
        target: 'index memory per calendar < 1 MB',
        measured: `${kB(largest)} estimated, ${kB(measured)} measured`,
        met: worst < MEMORY_CEILING_BYTES,
      },
    ];
  },
};
