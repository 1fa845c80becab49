import { caseMermaid, caseSummary, caseTimeline, dueItems, formatTimeline, isoDate, planActions, toICalendar } from '../../index.js';
import { loadCase } from '../caseFile.js';
import { calendarChoice, checked, formatOption, json, oneStdin, optionHelp, parse, program, sharedOptions, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { fields } from '../format.js';

const formats = ['table', 'json', 'ics', 'mermaid'] as const;

const spec = {
  name: 'timeline',
  positionals: ['events.json'],
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string' },
    'case-id': { type: 'string' },
    ...sharedOptions,
  },
  help: `Usage: ${program} timeline <events.json> --as-of <date> [options]

A case's events and deadlines in date order, each deadline with its status on the --as-of
date (upcoming, due today, overdue, met, met late) and its rule's source. Free text such as
notes is never printed.

Arguments:
  <events.json>       the event log (a list of events, or a case { child, events }), or -
                      for standard input

Options:
  --as-of <date>      the date to judge deadlines by (required; never read from a clock)
  --format <format>   ${formats.join(' | ')} (default: table)
                        json     the summary, the timeline rows, the due items and
                                 the plan's actions
                        ics      the open deadlines and plan actions as an
                                 iCalendar (RFC 5545) file
                        mermaid  the pathway as a Mermaid state diagram, the case's
                                 phases highlighted
  --json              the same as --format json
  --case-id <id>      the case's identifier in iCalendar UIDs and event titles
                      (required with --format ics)
${optionHelp.calendar}
${optionHelp['rule-set']}
${optionHelp.help}

Examples:
  ${program} timeline case.json --as-of 2026-11-23
  ${program} timeline case.json --as-of 2026-11-23 --format ics --case-id 2024-117 > case.ics
`,
} as const;

/** `timeline <events.json> --as-of <date>`: caseTimeline, as a table, JSON, iCalendar or Mermaid. */
export const timeline: Command = async (argv) => {
  const parsed = parse(spec, argv);
  if (parsed === undefined) return spec.help;
  const { values, args } = parsed;
  if (values['as-of'] === undefined) throw new UsageError('missing --as-of <date>', spec.name);
  const format = formatOption(values, formats, 'table', spec.name);
  const caseId = values['case-id'];
  if (format === 'ics' && caseId === undefined) throw new UsageError('--format ics needs --case-id <id>', spec.name);
  oneStdin(spec.name, args['events.json'], values['rule-set']);
  const asOf = checked(() => isoDate(values['as-of'] as string, 'as-of'));
  const { ruleSet, calendar } = await calendarChoice(values, spec.name);
  const { events, state } = await loadCase(args['events.json'] as string, {
    ...(ruleSet === undefined ? {} : { ruleSet }),
    ...(calendar === undefined ? {} : { calendar }),
  });
  const rows = caseTimeline(events, state, { asOf });
  const summary = caseSummary(state, { asOf });
  switch (format) {
    case 'json':
      return json({ asOf, summary, timeline: rows, dueItems: dueItems(state, { asOf }), planActions: planActions(state, { asOf }) });
    case 'ics':
      return checked(
        () => toICalendar(dueItems(state, { asOf }), { caseId: caseId as string, generatedAt: asOf, actions: planActions(state, { asOf }) }),
        { caseId: 'case-id' },
      );
    case 'mermaid':
      return caseMermaid(state, { asOf });
    case 'table': {
      const plan = summary.currentPlan;
      const heading = fields([
        ['as of', asOf],
        ['social care', summary.socialPhase],
        ['legal', summary.legalPhase],
        ['plan', plan === undefined ? undefined : `#${plan.number} since ${plan.startDate} (${plan.days} days; ${plan.categories.join(', ')})`],
        ['core group', summary.coreGroup?.join(', ')],
        ['actions', summary.actions.open === 0 ? undefined : `${summary.actions.open} open, ${summary.actions.overdue} overdue`],
      ]);
      return `${heading}\n${formatTimeline(rows)}\n`;
    }
  }
};
