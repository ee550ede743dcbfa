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
