// The body's "Sources" section: Markdown footnotes ([^1]) as remark-gfm writes them, with the front
// matter's `sources` after them in the same numbered list (or as the whole section when there are no
// footnotes). Each footnote reference gets the accessible name "Source 1" (its text is only "1"); the
// back-links' names ("Back to reference 1") and the section's heading come from compile.ts's
// remarkRehypeOptions. Runs after the sanitizer: what it writes is ours, from validated front matter.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Source } from '../../article';
import { formatCalendarDate } from '../../display-dates';

/** The section's heading id, as mdast-util-to-hast names the footnotes' label. */
export const SOURCES_LABEL_ID = 'footnote-label';
export const SOURCES_HEADING = 'Sources';


export function rehypeSources({ sources }: { sources: readonly Source[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined) node.properties.ariaLabel = `Source ${toString(node).trim()}`;
    });
    let section = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined);
    if (!section && sources.length === 0) return;
    if (!section) {
      section = element('section', { className: ['footnotes'] }, [element('h2', { id: SOURCES_LABEL_ID }, [text(SOURCES_HEADING)]), element('ol', {}, [])]);
      tree.children.push(text('\n'), section);
    }
    // A landmark named by its heading, so screen readers can jump to the sources.
    section.properties.ariaLabelledBy = [SOURCES_LABEL_ID];
    const list = section.children.find((node): node is Element => node.type === 'element' && node.tagName === 'ol');
    list?.children.push(...sources.map((source, i) => sourceItem(source, i + 1)));
  };
}

function sourceItem({ title, url, publisher, date }: Source, number: number): Element {
  const details: ElementContent[] = [];
  if (publisher) details.push(text(publisher));
  if (date) {
    if (publisher) details.push(text(', '));
    details.push(/^\d{4}-\d{2}-\d{2}$/.test(date) ? element('time', { dateTime: date }, [text(formatCalendarDate(date))]) : text(date));
  }
  const name = url ? element('a', { href: url }, [text(title)]) : text(title);
  return element('li', { id: `source-${number}` }, [element('p', {}, [name, ...(details.length > 0 ? [text('. '), ...details] : []), text('.')])]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
