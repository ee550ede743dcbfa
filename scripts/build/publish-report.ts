// What `npm run publish` prints, in the order an editor reads it: the result first (published, or why not,
// with each file, line and problem), then the pages it updated, then what is scheduled, then the warnings of
// the changed files only (`--all`: every file's), then the counts. For scripts/publish.ts to call.
import { byPlace, formatProblem, formatWarning, type ContentProblem, type ContentWarning } from '../../lib/content/pipeline/errors';
import { scheduleLines, type ScheduleFigures } from '../../lib/content/pipeline/schedule-report';

export type PublishOutcome =
  | { kind: 'published'; origin: string; seconds: string; live: readonly string[]; gone: readonly string[] }
  | { kind: 'nothing' }
  | { kind: 'refused'; reason: string; problems: readonly ContentProblem[] };

export interface PublishReportInput {
  outcome: PublishOutcome;
  warnings: readonly ContentWarning[];
  /** The files this publish changed: only their warnings are shown, unless `all`. */
  changedFiles: ReadonlySet<string>;
  all: boolean;
  schedule: ScheduleFigures;
  timeZone: string;
}

export function publishReport({ outcome, warnings, changedFiles, all, schedule, timeZone }: PublishReportInput): string[] {
  const lines = [...resultLines(outcome)];
  const dates = scheduleLines(schedule, timeZone);
  if (dates.length > 0) lines.push('', `Scheduled and expiring (${timeZone}):`, ...dates.map((line) => `  ${line}`));
  const shown = [...warnings].filter((warning) => all || changedFiles.has(warning.file)).sort(byPlace);
  if (shown.length > 0) lines.push('', ...shown.map(formatWarning));
  const hidden = warnings.length - shown.length;
  const problems = outcome.kind === 'refused' ? outcome.problems.length : 0;
  lines.push('', `${counted(problems, 'error')} and ${counted(shown.length, 'warning')}${hidden > 0 ? ` (${counted(hidden, 'more warning')} in files this publish did not change: --all shows them)` : ''}.`);
  return lines;
}

function resultLines(outcome: PublishOutcome): string[] {
  if (outcome.kind === 'nothing') return ['Nothing to publish: the live site already shows every article as it is.'];
  if (outcome.kind === 'refused') return [`Not published: ${outcome.reason}. The live site is as it was.`, ...[...outcome.problems].sort(byPlace).map(formatProblem)];
  const taken = outcome.gone.length > 0 ? `, ${counted(outcome.gone.length, 'page')} taken down` : '';
  return [
    `Published: ${counted(outcome.live.length, 'page')} live${taken} on ${outcome.origin} in ${outcome.seconds} s.`,
    ...outcome.live.map((url) => `  updated: ${url}`),
    ...outcome.gone.map((url) => `  taken down: ${url}`),
  ];
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
