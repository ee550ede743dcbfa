// Front matter read as the build reads it, for the schema's tests: a post with `title: T` and the lines given.
import assert from 'node:assert/strict';
import { ContentError } from '../errors';
import { splitFrontMatter } from '../front-matter';
import { validateFrontMatter } from '../schema';

export const read = (frontMatter: string) => validateFrontMatter('post.md', splitFrontMatter('post.md', `---\ntitle: T\n${frontMatter}\n---\nBody\n`));

/** The problems the lines give, as `file:line: message`; fails the test when there is none. */
export function problems(frontMatter: string): string[] {
  try {
    read(frontMatter);
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  return assert.fail('no problem found');
}
