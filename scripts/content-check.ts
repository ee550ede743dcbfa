// `npm run content:check [-- --json] [files…]`: checks the articles without building the site and prints
// each problem as `file:line:col: error|warning: message [rule]` (the format editors' problem matchers
// read), then a count; exits 1 when there is an error. `--json` prints the same as a JSON array. Given
// files, it checks just those (links from them are still checked against every article's URL). Site pages
// (content/pages) are checked as the build reads them.
// `--output FILE` (or `--output=FILE`) writes the report to FILE instead of standard output, so npm's
// banner (printed unless `npm run --silent`) cannot get into it.
// Errors are everything that fails the build; the build prints the same warnings and goes on.
// Information (`info`, rule `readability`): the reading grade of each file above the site's target, in
// text; in JSON, every checked file's figures (`readability: { grade, wordsPerSentence }`), above the
// target or not. Never a failure.
// Then what is scheduled and what expires, soonest first, in the site's time zone (JSON: `info`, rule
// `schedule`, with `at`, ISO 8601 in UTC).
import fs from 'node:fs';
import path from 'node:path';
import type { IndexedArticle } from '../lib/content/article';
import { contentDir, pagesDir, publicDir, storeDir } from '../lib/content/paths';
import { buildContent } from '../lib/content/pipeline/build';
import { scheduleLines, scheduleOfChecked, type DatedArticle, type ScheduleFigures } from '../lib/content/pipeline/schedule-report';
import { compileBody } from '../lib/content/pipeline/compile';
import { aboveReadingTarget, formatReadingInfo, overdueReviewWarnings, readingFigures, readingMessage, type ReadingFigures } from '../lib/content/pipeline/editor-checks';
import { ContentError, byPlace, formatProblem, formatWarning, type ContentProblem, type ContentWarning } from '../lib/content/pipeline/errors';
import { readArticleFile, readArticleFiles } from '../lib/content/pipeline/files';
import { articleAddresses } from '../lib/content/pipeline/find-article';
import { findBrokenLinks } from '../lib/content/pipeline/links';
import { missingImageWarnings } from '../lib/content/pipeline/image-checks';
import { loadArticle } from '../lib/content/pipeline/load-article';
import { today } from '../lib/content/review';
import { refTable } from '../lib/content/pipeline/refs';
import { loadSitePage } from '../lib/content/pipeline/site-pages';
import { site } from '../lib/site';

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  /** Only for `schedule`: when the article goes live or comes down, ISO 8601 in UTC. */
  at?: string;
  /** Only for `readability`. */
  readability?: { grade: number; wordsPerSentence: number; target: number };
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const { output, files } = readArguments(args);
const report: string[] = [];
const print = (line: string) => {
  if (output) report.push(line);
  else console.log(line);
};
const result = files.length > 0 ? await checkFiles(files) : await buildContent({ contentDir, pagesDir, storeDir, publish: false });
const { problems, reading } = result;
const schedule = { scheduled: result.scheduled, expiring: result.expiring, expired: result.expired };
const warnings = [...result.warnings, ...missingImageWarnings(result.index, publicDir)];
const target = site.readingGradeTarget;

const findings: Finding[] = [
  ...problems.map((problem): Finding => ({ ...problem, severity: 'error', rule: 'invalid' })),
  ...warnings.map((warning): Finding => ({ ...warning, severity: 'warning' })),
].sort(byPlace);
if (json) {
  const info = reading.map(({ file, grade, wordsPerSentence }): Finding => ({
    file, line: 1, column: 1, severity: 'info', rule: 'readability', message: readingMessage({ grade, wordsPerSentence }, target), readability: { grade, wordsPerSentence, target },
  }));
  const dated = (kind: string, list: readonly DatedArticle[]) => list.map(({ file, at }): Finding => ({ file, line: 1, column: 1, severity: 'info', rule: 'schedule', message: kind, at }));
  const scheduled = [...dated('scheduled', schedule.scheduled), ...dated('expires', schedule.expiring), ...dated('expired', schedule.expired)];
  print(JSON.stringify([...findings, ...info, ...scheduled].sort(byPlace), null, 2));
} else {
  for (const finding of findings) print(finding.severity === 'error' ? formatProblem(finding) : formatWarning(finding as ContentWarning));
  for (const figure of aboveReadingTarget(reading, target)) print(formatReadingInfo(figure, target));
  const dates = scheduleLines(schedule, site.timeZone);
  if (dates.length > 0) print(`\nScheduled and expiring (${site.timeZone}):\n${dates.map((line) => `  ${line}`).join('\n')}`);
  const errors = problems.length;
  const fileCount = new Set(findings.map((finding) => finding.file)).size;
  const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  print(`${findings.length > 0 ? '\n' : ''}${counted(errors, 'error')} and ${counted(warnings.length, 'warning')}${fileCount > 0 ? ` in ${counted(fileCount, 'file')}` : ''}.`);
}
if (output) {
  fs.writeFileSync(output, `${report.join('\n')}\n`);
  console.error(`content:check: the report is in ${output}`);
}
process.exit(problems.length > 0 ? 1 : 0);

/** The files to check, and `--output FILE` (or `--output=FILE`): where the report goes instead of standard output. */
function readArguments(given: string[]): { output: string | null; files: string[] } {
  let output: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < given.length; i++) {
    const arg = given[i];
    if (arg === '--output') {
      output = given[++i] ?? null;
      if (!output) {
        console.error('--output needs a file name: npm run --silent content:check -- --json --output report.json');
        process.exit(2);
      }
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (!arg.startsWith('--')) files.push(arg);
  }
  return { output, files };
}

/** Checks the given files only, each compiled on its own; nothing is written to the content store. */
async function checkFiles(paths: string[]): Promise<{ problems: ContentProblem[]; warnings: ContentWarning[]; reading: ReadingFigures[]; index: IndexedArticle[] } & ScheduleFigures> {
  const problems: ContentProblem[] = [];
  const warnings: ContentWarning[] = [];
  const checked: IndexedArticle[] = [];
  const refs = refTable(await readArticleFiles(contentDir), contentDir, new Date());
  for (const given of paths) {
    const absolute = path.resolve(given);
    if (!fs.existsSync(absolute)) {
      problems.push({ file: given, line: 1, column: 1, message: 'there is no such file' });
      continue;
    }
    const source = await readArticleFile(absolute);
    try {
      const isPage = pagesDir !== null && !path.relative(pagesDir, absolute).startsWith('..');
      const article = await (isPage ? loadSitePage : loadArticle)(source, compileBody, { refs });
      warnings.push(...article.warnings.map((warning) => ({ file: article.file, ...warning })), ...overdueReviewWarnings([article], today()));
      checked.push(article);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      warnings.push(...error.warnings);
    }
  }
  const others = (await articleAddresses(contentDir)).filter((article) => !checked.some((own) => own.file === article.file));
  warnings.push(...findBrokenLinks([...checked, ...others]).filter((warning) => checked.some((own) => own.file === warning.file)));
  return { problems, warnings, reading: readingFigures(checked), index: checked, ...scheduleOfChecked(checked, new Date()) };
}
