// Problems found in content files, reported as `file:line:col: error: message` so editors can jump to
// them, and warnings about what the build removed, as `file:line:col: warning: message [rule]`.
import type { BodyWarning } from '../article';

export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A change the build made to a file's content by itself (it removed unsafe markup): reported, never fatal. */
export type ContentWarning = BodyWarning & { file: string };

/** Thrown by any pipeline step that cannot go on with one file; carries every problem found in it, and
 * the warnings found beside them, so an editor fixes everything in one go (one error hides nothing). */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  readonly warnings: ContentWarning[];

  constructor(problems: ContentProblem[], warnings: ContentWarning[] = []) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
    this.warnings = warnings;
  }

  static at(file: string, line: number, message: string, column = 1): ContentError {
    return new ContentError([{ file, line, column, message }]);
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}`;
}

export function formatWarning(warning: ContentWarning): string {
  return `${warning.file}:${warning.line}:${warning.column}: warning: ${warning.message} [${warning.rule}]`;
}

/** Every problem, one a line, then a count and what to do: what a build prints before it stops. */
export function describeProblems(problems: ContentProblem[]): string {
  return `${problems.map(formatProblem).join('\n')}\n\n${countIn(problems, 'problem')}. Fix them and build again; the site was not changed.`;
}

/** Every warning, one a line, then a count: what a build prints after it succeeded. */
export function describeWarnings(warnings: ContentWarning[]): string {
  return `${warnings.map(formatWarning).join('\n')}\n\n${countIn(warnings, 'warning')}: the site was built; fix them in the files to silence them.`;
}

/** Orders problems or warnings by file, then place, so every run prints them the same way. */
export function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

function countIn(items: ContentProblem[], noun: string): string {
  const files = new Set(items.map((item) => item.file)).size;
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}
