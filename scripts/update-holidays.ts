/**
 * `npm run update-holidays -- PATH`: merges a downloaded gov.uk bank-holiday feed
 * (https://www.gov.uk/bank-holidays.json saved to PATH) into the vendored copy in
 * data/govuk-bank-holidays.json and regenerates the data module, printing what changed in each
 * division. The feed is validated first (every problem printed by its JSON path); on any
 * problem nothing is written. The update never shrinks coverage: for the years the download
 * covers its dates win, and every other year (gov.uk publishes a window of years, so the
 * earliest held years among them) keeps the dates already held.
 *
 * `npm run update-holidays -- --check` exits 1 when the committed data module is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { divisions, type Division } from '../src/calendar/division.js';
import { govUkFeedIssues } from '../src/calendar/govUkFeed.js';
import { formatIssuePath, type IssueList } from '../src/validation/validationIssue.js';
import { feedPath, isStale, modulePath, renderOfficialHolidays } from './generate-holidays.js';

/** An event of the feed as gov.uk writes it; fields beyond these are kept as they come. */
interface FeedEvent {
  readonly title: string;
  readonly date: string;
  readonly [field: string]: unknown;
}

type Feed = Partial<Record<Division, { readonly division: Division; readonly events: readonly FeedEvent[] }>>;

/** What an update changes in one division. */
export interface DivisionChanges {
  readonly added: readonly { readonly date: string; readonly title: string }[];
  readonly removed: readonly { readonly date: string; readonly title: string }[];
  readonly renamed: readonly { readonly date: string; readonly from: string; readonly to: string }[];
}

/** The held feed with the download merged in, and what changed in each division. */
export interface Merge {
  readonly feed: Feed;
  readonly changes: Readonly<Record<Division, DivisionChanges>>;
}

/** Where the update reads and writes; the repository's files unless a test says otherwise. */
export interface UpdatePaths {
  readonly feed: string;
  readonly module: string;
}

const repositoryPaths: UpdatePaths = { feed: feedPath, module: modulePath };

const yearOf = (event: FeedEvent): number => Number(event.date.slice(0, 4));

/**
 * Merges a valid download into the held feed: per division, the years from the download's first
 * to its last take its events; the held events of every other year stay. A division the
 * download lacks stays as held.
 */
export function mergeFeeds(held: Feed, download: Feed): Merge {
  const feed: Feed = { ...held };
  const changes = {} as Record<Division, DivisionChanges>;
  for (const division of divisions) {
    const before = held[division]?.events ?? [];
    const fresh = download[division]?.events;
    if (fresh === undefined) {
      changes[division] = { added: [], removed: [], renamed: [] };
      continue;
    }
    // A valid download has at least one event in each division it holds.
    const first = Math.min(...fresh.map(yearOf));
    const last = Math.max(...fresh.map(yearOf));
    const kept = before.filter((event) => yearOf(event) < first || yearOf(event) > last);
    const events = [...kept, ...fresh].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    feed[division] = { ...held[division], division, events };
    changes[division] = changesBetween(before, events);
  }
  return { feed, changes };
}

function changesBetween(before: readonly FeedEvent[], after: readonly FeedEvent[]): DivisionChanges {
  const titleBefore = new Map(before.map((event) => [event.date, event.title]));
  const titleAfter = new Map(after.map((event) => [event.date, event.title]));
  const pick = ({ date, title }: FeedEvent) => ({ date, title });
  return {
    added: after.filter((event) => !titleBefore.has(event.date)).map(pick),
    removed: before.filter((event) => !titleAfter.has(event.date)).map(pick),
    renamed: after
      .filter((event) => titleBefore.has(event.date) && titleBefore.get(event.date) !== event.title)
      .map((event) => ({ date: event.date, from: titleBefore.get(event.date) as string, to: event.title })),
  };
}

/** The changes as lines for a maintainer to read (and paste into a commit message). */
export function describeChanges(changes: Readonly<Record<Division, DivisionChanges>>): string[] {
  const lines: string[] = [];
  for (const division of divisions) {
    const { added, removed, renamed } = changes[division];
    if (added.length + removed.length + renamed.length === 0) {
      lines.push(`${division}: no change`);
      continue;
    }
    lines.push(`${division}:`);
    for (const { date, title } of added) lines.push(`  added    ${date}  ${title}`);
    for (const { date, title } of removed) lines.push(`  removed  ${date}  ${title}`);
    for (const { date, from, to } of renamed) lines.push(`  renamed  ${date}  ${from} -> ${to}`);
  }
  return lines;
}

/** The outcome of a run: the exit code and what to print. */
export interface UpdateResult {
  readonly exitCode: 0 | 1 | 2;
  readonly out: readonly string[];
  readonly err: readonly string[];
}

/**
 * Runs the update for command-line arguments. Reads and checks everything, and renders the
 * module, before writing anything: a failure leaves both files as they were.
 */
export function updateHolidays(args: readonly string[], paths: UpdatePaths = repositoryPaths): UpdateResult {
  if (args.includes('--check')) {
    return isStale(paths.feed, paths.module)
      ? { exitCode: 1, out: [], err: [`${paths.module} is stale: run npm run generate`] }
      : { exitCode: 0, out: [`${paths.module} is up to date`], err: [] };
  }
  const [downloadPath, ...extra] = args;
  if (downloadPath === undefined || downloadPath.startsWith('-') || extra.length > 0) {
    return { exitCode: 2, out: [], err: ['usage: npm run update-holidays -- PATH (a saved https://www.gov.uk/bank-holidays.json) | --check'] };
  }
  let download: unknown;
  try {
    download = JSON.parse(readFileSync(downloadPath, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
    return { exitCode: 1, out: [], err: [`${downloadPath}: ${reason}; nothing was written`] };
  }
  // gov.uk publishes all three divisions: a download without one is truncated, not a feed.
  const issues = govUkFeedIssues(download, divisions);
  if (issues.issues.length > 0) return refused(downloadPath, problemLines(issues));
  const held = JSON.parse(readFileSync(paths.feed, 'utf8')) as Feed;
  const { feed, changes } = mergeFeeds(held, download as Feed);
  // The merge must itself be a whole feed: a download that leaves a gap of years is refused.
  const mergedIssues = govUkFeedIssues(feed, divisions);
  if (mergedIssues.issues.length > 0) {
    return refused(downloadPath, problemLines(mergedIssues).map((line) => `after merging: ${line}`));
  }
  const feedText = `${JSON.stringify(feed, null, 2)}\n`;
  const moduleText = renderOfficialHolidays(feedText);
  writeFileSync(paths.feed, feedText);
  writeFileSync(paths.module, moduleText);
  return { exitCode: 0, out: [...describeChanges(changes), `wrote ${paths.feed}`, `wrote ${paths.module}`], err: [] };
}

/** One line per problem, `path: message`, and a count of any beyond those listed. */
function problemLines({ issues, issuesOmitted }: IssueList): string[] {
  const lines = issues.map((issue) => `${issue.path.length === 0 ? '(the feed)' : formatIssuePath(issue.path)}: ${issue.message}`);
  return issuesOmitted > 0 ? [...lines, `and ${issuesOmitted} more`] : lines;
}

function refused(downloadPath: string, problems: readonly string[]): UpdateResult {
  return {
    exitCode: 1,
    out: [],
    err: [`${downloadPath} is not a gov.uk bank-holiday feed; nothing was written:`, ...problems.map((line) => `  ${line}`)],
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const result = updateHolidays(process.argv.slice(2));
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  process.exitCode = result.exitCode;
}
