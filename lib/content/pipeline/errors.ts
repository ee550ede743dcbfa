// Problems found in content files, reported as `file:line:col: error: message` so editors can jump to them.

export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown by any pipeline step that cannot go on with one file; carries every problem found in it. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }

  static at(file: string, line: number, message: string, column = 1): ContentError {
    return new ContentError([{ file, line, column, message }]);
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}`;
}

/** Every problem, one a line, then a count and what to do: what a build prints before it stops. */
export function describeProblems(problems: ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
  return `${problems.map(formatProblem).join('\n')}\n\n${count}. Fix them and build again; the site was not changed.`;
}
