import { eventTracks, type Track } from '../../index.js';
import { loadCase } from '../caseFile.js';
import { calendarChoice, json, oneStdin, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { InputError } from '../errors.js';
import { fields } from '../format.js';

const spec = {
  name: 'validate',
  positionals: ['events.json'],
  options: sharedOptions,
  help: `Usage: ${program} validate <events.json> [options]

Checks an event log (a list of events, or a case { child, events }) against the format and
replays it through the pathway. Prints OK with counts, or every problem as \`path: message\`
(exit code 1). Problems never quote the log's values, so free text such as notes stays out.

Arguments:
  <events.json>       the event log, or - for standard input

Options:
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.json} (also when invalid)
${optionHelp.help}
`,
} as const;

const trackNames: Record<Track, string> = { socialCare: 'social care', conference: 'conference', legal: 'legal', emergency: 'emergency', case: 'case' };

/** `validate <events.json>`: parseEvents and replay, then counts. */
export const validate: Command = async (argv) => {
  const parsed = parse(spec, argv);
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  const file = args['events.json'] as string;
  oneStdin(spec.name, file, values['rule-set']);
  const { ruleSet, calendar } = await calendarChoice(values, spec.name);
  let loaded;
  try {
    loaded = await loadCase(file, { ...(ruleSet === undefined ? {} : { ruleSet }), ...(calendar === undefined ? {} : { calendar }) });
  } catch (error) {
    if (values.json === true && error instanceof InputError) {
      throw new InputError(error.problems, error.heading, json({ ok: false, problems: error.problems }));
    }
    throw error;
  }
  const { events, state } = loaded;
  const byTrack: Partial<Record<Track, number>> = {};
  for (const event of events) byTrack[eventTracks[event.type]] = (byTrack[eventTracks[event.type]] ?? 0) + 1;
  const deadlines = state.deadlines.filter((deadline) => deadline.withdrawnOn === undefined);
  const met = deadlines.filter((deadline) => deadline.metOn !== undefined).length;
  const counts = {
    events: events.length,
    eventsByTrack: byTrack,
    deadlines: deadlines.length,
    deadlinesMet: met,
    deadlinesOpen: deadlines.length - met,
  };
  if (values.json === true) {
    return json({ ok: true, ...counts, socialPhase: state.social.phase, legalPhase: state.legal.phase });
  }
  const tracks = Object.entries(byTrack).map(([track, count]) => `${trackNames[track as Track]} ${count}`);
  return `OK: the event log is valid\n${fields([
    ['events', `${events.length}${tracks.length === 0 ? '' : ` (${tracks.join(', ')})`}`],
    ['deadlines', `${deadlines.length} (${met} met, ${deadlines.length - met} open)`],
    ['social care', state.social.phase],
    ['legal', state.legal.phase],
  ])}`;
};
