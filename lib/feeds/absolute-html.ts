// Feed readers show an article away from its page, where a relative link or image would point nowhere:
// every URL in the HTML is made absolute against the article's own absolute URL.
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The hast properties that hold one URL. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action', 'longDesc'] as const;

export function absoluteHtml(html: string, baseUrl: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(() => (tree: Root) => {
        visit(tree, 'element', (node) => {
          for (const name of URL_PROPERTIES) {
            const value = node.properties[name];
            if (typeof value === 'string') node.properties[name] = absolute(value, baseUrl);
          }
          const srcSet = node.properties.srcSet;
          if (typeof srcSet === 'string') node.properties.srcSet = srcSet.split(',').map((candidate) => absoluteCandidate(candidate, baseUrl)).join(', ');
        });
      })
      .use(rehypeStringify)
      .processSync(html),
  );
}

function absolute(url: string, baseUrl: string): string {
  const trimmed = url.trim();
  // Links within the page (#section) become links to that section of the article's page.
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return trimmed;
  }
}

/** One `srcset` candidate: "image.png 2x". */
function absoluteCandidate(candidate: string, baseUrl: string): string {
  const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
  return [absolute(url, baseUrl), ...descriptor].join(' ');
}
