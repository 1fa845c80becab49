import { availableParallelism } from 'node:os';
import { runBatch } from '../../batch/index.js';
import { batchOutputs, csvHeader, type BatchOutput } from '../../batch/outputs.js';
import { batchDates } from '../../batch/settings.js';
import type { RuleSetInput } from '../../index.js';
import { calendarChoice, calendarNames, checked, choice, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { openInput } from '../io.js';

const spec = {
  name: 'batch',
  positionals: [],
  options: {
    input: { type: 'string' },
    output: { type: 'string' },
    format: { type: 'string' },
    'as-of': { type: 'string' },
    'reference-date': { type: 'string' },
    jobs: { type: 'string' },
    ...sharedOptions,
  },
  help: `Usage: ${program} batch [FILE] --as-of <date> [options]

Runs many cases at once and writes one row per case or item, in input order. Reads FILE, or
standard input when FILE is absent or -.

Input (--input, guessed from the file name's .ndjson/.jsonl or .csv when absent):
  ndjson   one case a line: { "caseId": "...", "child"?: {...}, "allocation"?: {...}, "events": [...] }
  csv      a header row, then one row per event: caseId,type,date,... with any event field as a
           column; lists and objects as JSON in the cell; a case's rows together

Options:
  --output <what>          ${batchOutputs.join(' | ')} (default: due)
  --format <format>        ndjson | csv (default: ndjson; census is ndjson only)
  --json                   the same as --format ndjson
  --as-of <date>           the date due items, measures and Annex A are computed on (Annex A:
                           the inspection date)
  --reference-date <date>  the census reference date (default: --as-of)
  --jobs <n>               worker threads (default: the machine's cores, here ${availableParallelism()})
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.help}

A refused case is reported on standard error, one JSON line each ({"refused":{line, caseId,
index, code}}: never the case's content), and the run goes on. A summary (cases, events,
refused, seconds) ends standard error.
Exit codes: 0 every case ran, 1 some case was refused, 2 usage error.

Example:
  ${program} batch cases.ndjson --as-of 2026-11-23 --output due --format csv > due.csv
`,
} as const;

/** `batch [FILE]`: runBatch over a file or standard input. */
export const batch: Command = async (argv) => {
  // FILE is optional: parse with it, and again without it when it is missing.
  let parsed;
  try {
    parsed = parse({ ...spec, positionals: ['file'] }, argv);
  } catch (error) {
    if (!(error instanceof UsageError && error.message.startsWith('missing'))) throw error;
    parsed = parse(spec, argv);
  }
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  const file = args.file ?? '-';
  const output = choice('output', values.output, batchOutputs, spec.name) ?? 'due';
  const chosen = choice('format', values.format, ['ndjson', 'csv'] as const, spec.name);
  if (values.json === true && chosen === 'csv') throw new UsageError('--json and --format name different formats', spec.name);
  const format = chosen ?? 'ndjson';
  if (format === 'csv' && csvHeader(output) === undefined) throw new UsageError(`--output ${output} has no CSV form: use --format ndjson`, spec.name);
  const inputFormat = choice('input', values.input, ['ndjson', 'csv'] as const, spec.name) ?? guessFormat(file);
  const calendar = choice('calendar', values.calendar, calendarNames, spec.name);
  if (values['as-of'] === undefined) throw new UsageError('missing --as-of <date>', spec.name);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs must be a whole number of at least 1', spec.name);
  const dates = checked(() => batchDates(values['as-of'] as string, values['reference-date']), { asOf: '--as-of', referenceDate: '--reference-date' });
  // Read and checked here (every problem by path); the workers rebuild it from the same data.
  const chosenRules = values['rule-set'] === undefined ? undefined : (await calendarChoice(values, spec.name)).ruleSet;
  const ruleSet = chosenRules === undefined ? undefined : (JSON.parse(JSON.stringify(chosenRules)) as RuleSetInput);
  const input = await openInput(file, '[FILE]');
  const progress = process.stderr.isTTY === true;
  let refused = 0;
  const summary = await runBatch({
    input,
    inputFormat,
    output: output as BatchOutput,
    format,
    ...dates,
    ...(ruleSet === undefined ? {} : { ruleSet }),
    ...(calendar === undefined || ruleSet !== undefined ? {} : { calendar }),
    jobs,
    write: process.stdout,
    onRefused: (refusal) => {
      refused++;
      process.stderr.write(`${progress ? '\r\u001b[K' : ''}${JSON.stringify({ refused: refusal })}\n`);
    },
    ...(progress ? { onProgress: (totals) => process.stderr.write(`\r\u001b[K${totals.cases.toLocaleString('en-GB')} cases, ${totals.events.toLocaleString('en-GB')} events`) } : {}),
  });
  process.stderr.write(
    `${progress ? '\r\u001b[K' : ''}${JSON.stringify({ summary: { cases: summary.cases, events: summary.events, refused: summary.refused, seconds: Number(summary.seconds.toFixed(3)) } })}\n`,
  );
  // Exit code 1 when any case was refused; the refusals are already on standard error.
  if (refused > 0) throw new InputError([]);
  return '';
};

function guessFormat(file: string): 'ndjson' | 'csv' {
  return /\.csv$/i.test(file) ? 'csv' : 'ndjson';
}
