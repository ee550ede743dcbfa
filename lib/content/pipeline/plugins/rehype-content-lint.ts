// The checker's rules that read a compiled body (`npm run content:check` and every build report them as
// warnings): images without alt text or from other hosts, heading levels that skip, more than one h1 (once a body),
// two headings with the same text. Links to /posts/ pages are collected for build.ts to check once
// every article's URL is known, and remote images for the build to store.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { SiteLink } from '../../article';
import { isRemoteImage } from '../../media';
import type { Warn } from './warn';

const ARTICLE_LINK = /^\/posts\//;

export function rehypeContentLint({ warn, links, remoteImages }: { warn: Warn; links: SiteLink[]; remoteImages: string[] }) {
  return (tree: Root) => {
    // The page's title is its h1: a body's headings start under it.
    let previousLevel = 1;
    const h1s: Element['position'][] = [];
    const headingTexts = new Map<string, number>();
    // A Figure's remote image is stored like a Markdown image's (the Figure draws it with our Image).
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figure') return;
      const src = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src')?.value;
      if (typeof src === 'string' && isRemoteImage(src)) {
        remoteImages.push(src);
        warn(node.position, 'remote-image', `the image ${src} is on another site: the build stores a copy, but save it beside the article so it cannot change or vanish`);
      }
    });
    visit(tree, 'element', (node: Element) => {
      const place = node.position;
      if (node.tagName === 'img') {
        const alt = node.properties.alt;
        if (typeof alt !== 'string' || !alt.trim()) warn(place, 'image-alt', 'an image has no alt text: describe it for readers who cannot see it (![what it shows](image.png))');
        const src = String(node.properties.src ?? '');
        if (isRemoteImage(src)) {
          remoteImages.push(src);
          warn(place, 'remote-image', `the image ${src} is on another site: the build stores a copy, but save it beside the article so it cannot change or vanish`);
        }
      }
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) {
        const depth = Number(level);
        const text = toString(node).replace(/\s+/g, ' ').trim();
        if (depth === 1) h1s.push(place);
        if (depth > previousLevel + 1) warn(place, 'heading-order', `heading level skips from h${previousLevel} to h${depth}: use h${previousLevel + 1}, so screen readers and the contents list follow the outline`);
        previousLevel = depth;
        const key = text.toLowerCase();
        if (key && headingTexts.has(key)) warn(place, 'duplicate-heading', `two headings read "${text}" (the other is on line ${headingTexts.get(key)}): name each section differently`);
        else if (key) headingTexts.set(key, place?.start.line ?? 1);
      }
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string' && ARTICLE_LINK.test(href)) links.push({ href, line: place?.start.line ?? 1, column: place?.start.column ?? 1 });
    });
    // One warning for a body, at its second h1, however many it has (Hugo posts often make every section one):
    // the page shows them as sections (styled no larger than the title), but its outline has several h1s.
    if (h1s.length > 1) {
      const lines = h1s.map((position) => position?.start.line).filter((line) => line !== undefined);
      warn(h1s[1], 'single-h1', `${h1s.length} h1 headings in the body (lines ${lines.join(', ')}): the title is the page's h1, so start sections at ## (h2)`);
    }
  };
}
