// Hugo shortcodes expanded in the source before Markdown parsing, as Hugo itself does. Only the ones the
// site supports so far (youtube, highlight); others stay as written. Expansions keep the line count, so error lines stay true.

const SHORTCODE = /\{\{(<|%)\s*(\/?)([\w.-]+)((?:\s+(?:[\w-]+=)?(?:"[^"]*"|'[^']*'|`[^`]*`|[^\s"'`%>]+))*)\s*(?:>|%)\}\}/g;
const ESCAPED = /\{\{(<|%)\/\*([\s\S]*?)\*\/(>|%)\}\}/g;
const ARGUMENT = /(?:([\w-]+)=)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g;

export interface ShortcodeArguments {
  positional: string[];
  named: Record<string, string>;
}

export function parseShortcodeArguments(text: string): ShortcodeArguments {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const match of text.matchAll(ARGUMENT)) {
    const value = match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    if (match[1]) named[match[1]] = value;
    else positional.push(value);
  }
  return { positional, named };
}

/** Replaces supported shortcodes with HTML (`.md`) or JSX (`.mdx`) that the compile step turns into components. */
export function expandShortcodes(body: string, format: 'md' | 'mdx'): string {
  const placeholders: string[] = [];
  const protectedBody = body.replace(ESCAPED, (_all, open: string, inner: string, close: string) => {
    placeholders.push(`{{${open}${inner}${close}}}`);
    return `\u0000${placeholders.length - 1}\u0000`;
  });
  const expanded = protectedBody.replace(SHORTCODE, (all: string, _delimiter: string, closing: string, name: string, rawArgs: string, offset: number, whole: string) => {
    if (name.toLowerCase() === 'highlight') {
      // Hugo's highlight shortcode is a fenced code block; the fence must end its line.
      const fence = closing ? '```' : '```' + (parseShortcodeArguments(rawArgs).positional[0] ?? '');
      return whole[offset + all.length] === '\n' || offset + all.length === whole.length ? fence : `${fence}\n`;
    }
    if (closing || name.toLowerCase() !== 'youtube') return all;
    const args = parseShortcodeArguments(rawArgs);
    const id = args.named.id ?? args.positional[0] ?? '';
    const title = args.named.title ?? '';
    const keepLines = '\n'.repeat((all.match(/\n/g) ?? []).length);
    return format === 'mdx'
      ? `<YouTube id=${JSON.stringify(id)}${title ? ` title=${JSON.stringify(title)}` : ''} />${keepLines}`
      : `<pulse-youtube data-id="${escapeAttribute(id)}" data-title="${escapeAttribute(title)}"></pulse-youtube>${keepLines}`;
  });
  return expanded.replace(/\u0000(\d+)\u0000/g, (_all, index: string) => placeholders[Number(index)]);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
