// An article without a `title`, as Hugo and its themes show it: the first h1 of the body (a Markdown
// `# Heading`, outside code), else the file's (or bundle folder's) name. The h1 that became the title is
// blanked from the body, so the page does not show it twice; its line stays, so later lines keep their numbers.
import type { BodyWarning } from '../article';

export interface TitleFallback {
  title: string;
  body: string;
  warning: BodyWarning;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_H1 = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export function titleFallback(body: string, baseName: string, frontMatterLine: number): TitleFallback {
  const lines = body.split('\n');
  let fence: string | null = null;
  for (const [i, line] of lines.entries()) {
    const opener = FENCE.exec(line)?.[1];
    if (opener && (fence === null || (opener[0] === fence[0] && opener.length >= fence.length))) {
      fence = fence === null ? opener : null;
      continue;
    }
    if (fence !== null) continue;
    const heading = ATX_H1.exec(line)?.[1]?.trim();
    if (!heading) continue;
    const title = plainText(heading);
    if (!title) continue;
    lines[i] = '';
    return {
      title,
      body: lines.join('\n'),
      warning: { line: i + 1, column: 1, rule: 'front-matter', message: `no title in the front matter: the first h1 ("${title}") is the title, as Hugo's themes show it. Add a line like title: "${title.replace(/"/g, '\\"')}"` },
    };
  }
  const title = fileNameTitle(baseName);
  return {
    title,
    body,
    warning: { line: frontMatterLine, column: 1, rule: 'front-matter', message: `no title in the front matter and no h1 in the body: the file name ("${title}") is the title, as Hugo's .Title fallback gives it. Add a line like title: "What causes migraines?"` },
  };
}

/** The heading's text without its inline Markdown (emphasis, code, links' targets). */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `my-first_post` -> `my first post`: the name as words (Hugo shows the name; hyphens read as spaces). */
function fileNameTitle(baseName: string): string {
  const words = baseName.replace(/\.[a-z]{2}(?:-[a-z0-9]+)?$/i, '').replace(/[-_]+/g, ' ').trim();
  return words || baseName;
}
