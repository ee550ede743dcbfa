// After rehype-katex: TeX that KaTeX could not typeset is a warning with its place (the formula's: a display
// formula's <code> has none, its <pre> has), and its error box keeps
// no inline style (KaTeX colours it with one; the page's CSS colours .katex-error instead).
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Warn } from './warn';

export function rehypeKatexReport({ warn }: { warn: Warn }) {
  return (tree: Root, file: VFile) => {
    for (const message of file.messages.filter((each) => each.source === 'rehype-katex')) {
      const reason = message.cause instanceof Error ? message.cause.message : message.reason;
      warn(placeOf(message), 'math-error', `this TeX could not be typeset (${reason.replace(/\s+/g, ' ').slice(0, 160)}): it is shown as written. Fix it, or see katex.org/docs/supported.html`);
    }
    visit(tree, 'element', (node) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-error')) delete node.properties.style;
    });
  };
}

/** The formula's place: the message's, else that of the nearest ancestor that has one. */
function placeOf(message: VFileMessage): Position | undefined {
  if (message.place && 'start' in message.place) return message.place;
  return [...(message.ancestors ?? [])].reverse().find((node) => node.position)?.position;
}
