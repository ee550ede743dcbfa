// Shortcodes that mark words in a line: badges, buttons and links, keywords, highlights, abbreviations,
// versions, people and repository cards. Each becomes the Markdown or plain HTML it stands for (the
// sanitizer vets it like any), so it stays in its paragraph.
import { escapeHtml, markdownLink, wrap, type FormTable, type ShortcodeArguments, type ShortcodeForm } from './shortcode-form-parts';

/** An element around the content ({{< mark >}}…{{< /mark >}}) or around a `text` argument. */
function element(tag: string, attributes = ''): FormTable[string] {
  return ({ positional, named }, { paired }) => {
    const text = named.text ?? named.content ?? positional.at(-1);
    return paired ? wrap(`<${tag}${attributes}>`, `</${tag}>`) : wrap(`<${tag}${attributes}>${escapeHtml(text ?? '')}</${tag}>`);
  };
}

/** A link whose label is the content, or a `text`/`content` argument, or the address itself. */
function link(href: string | undefined, text: string | undefined, paired: boolean, title?: string): ShortcodeForm {
  if (!href) return paired ? wrap('') : wrap(escapeHtml(text ?? ''));
  const target = `(<${href.replace(/[<>\s]/g, encodeURIComponent)}>${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
  return paired ? wrap('[', `]${target}`) : wrap(`[${(text ?? href).replace(/([[\]])/g, '\\$1')}]${target}`);
}

function badge({ positional, named }: ShortcodeArguments, paired: boolean): ShortcodeForm {
  // Blowfish and Congo: the content; Hextra: "text" or content=, with link=; Relearn: title= and content.
  const prefix = named.title ? `${escapeHtml(named.title)}: ` : '';
  if (paired) return wrap(`<small><strong>${prefix}`, '</strong></small>');
  const text = `<small><strong>${prefix}${escapeHtml(named.content ?? named.text ?? positional[0] ?? '')}</strong></small>`;
  return named.link ? wrap(`[${text}](<${named.link}>)`) : wrap(text);
}

/** Blowfish's github/gitlab/gitea/codeberg/forgejo cards: a link to the repository. */
function repository(site: string, base: string): FormTable[string] {
  return ({ positional, named }) => {
    const repo = named.repo ?? named.projectid ?? named.id ?? positional[0] ?? '';
    const server = (named.server ?? named.baseurl ?? base).replace(/\/$/, '');
    return wrap(markdownLink(`${repo} on ${site}`, /^\d+$/.test(repo) ? `${server}/projects/${repo}` : `${server}/${repo}`));
  };
}

const VERSION_WORDS: Record<string, string> = { new: 'New in', changed: 'Changed in', deleted: 'Deleted in' };

export const INLINE_FORMS: FormTable = {
  badge: (args, { paired }) => badge(args, paired),
  // Blowfish, Congo, hugo-book, Relearn: href (hugo-book's relref as written), the content the label.
  button: ({ positional, named }, { paired }) => link(named.href ?? named.relref ?? named.url ?? positional[0], named.text ?? named.title, paired),
  // LoveIt/DoIt/FixIt: href content title (positional too).
  link: ({ positional, named }, { paired }) => link(named.href ?? positional[0], named.content ?? positional[1], paired, named.title ?? positional[2]),
  // LoveIt's person: url name text (positional too), nick, picture.
  person: ({ positional, named }) => {
    const name = named.name ?? positional[1] ?? named.nick ?? named.url ?? positional[0] ?? '';
    const text = named.text ?? positional[2];
    const url = named.url ?? positional[0];
    return wrap(`${url ? markdownLink(name, url) : escapeHtml(name)}${text ? ` (${escapeHtml(text)})` : ''}`);
  },
  // FixIt's friend card: name url logo word.
  friend: ({ positional, named }) => link(named.url ?? positional[1], named.name ?? positional[0], false, named.word ?? positional[3]),
  // Blowfish's article card: the path of another article.
  article: ({ named }) => link(named.link, named.link, false),
  // LoveIt: {{< version 0.2.0 >}}, {{< version 0.2.0 changed >}}.
  version: ({ positional, named }) => wrap(`<small><strong>${VERSION_WORDS[(named.type ?? positional[1] ?? 'new').toLowerCase()] ?? 'New in'} ${escapeHtml(named.version ?? positional[0] ?? '')}</strong></small>`),
  keyword: element('strong'),
  // Wowchemy's hl: highlighted words.
  hl: element('mark'),
  // Wowchemy's staticref "path" ["newtab"]: a link to a static file, the content its label.
  staticref: ({ positional, named }, { paired }) => link(named.path ?? positional[0], named.text, paired),
  // Wowchemy's cite page=: a link to the cited publication's page.
  cite: ({ named }) => link(named.page, named.page, false),
  mention: ({ positional, named }) => wrap(`@${escapeHtml((named.user ?? positional[0] ?? '').replace(/^@/, ''))}`),
  mark: element('mark'),
  underline: element('u'),
  u: element('u'),
  kbd: element('kbd'),
  sub: element('sub'),
  sup: element('sup'),
  small: element('small'),
  abbr: ({ positional, named }, { paired }) => {
    const title = escapeHtml(named.title ?? positional[0] ?? '');
    return paired ? wrap(`<abbr title="${title}">`, '</abbr>') : wrap(`<abbr title="${title}">${escapeHtml(named.text ?? positional[1] ?? '')}</abbr>`);
  },
  github: repository('GitHub', 'https://github.com'),
  // Blowfish: projectID=; Stack: {{< gitlab 2589724 >}}, a snippet.
  gitlab: (args, use, name) => {
    const snippet = args.positional[0];
    return snippet && /^\d+$/.test(snippet) && !args.named.projectid ? wrap(markdownLink(`Snippet ${snippet} on GitLab`, `https://gitlab.com/-/snippets/${snippet}`)) : repository('GitLab', 'https://gitlab.com')(args, use, name);
  },
  gitea: repository('Gitea', 'https://gitea.com'),
  codeberg: repository('Codeberg', 'https://codeberg.org'),
  forgejo: repository('Forgejo', 'https://codeberg.org'),
  // Docsy's iframe, embeds of API docs: this site embeds nothing from other sites; a link instead.
  iframe: ({ named }) => link(named.src, named.title ?? named.src, false),
  asciinema: ({ positional, named }) => {
    const id = named.id ?? positional[0];
    return id && /^\w+$/.test(id) ? wrap(markdownLink('Terminal recording on asciinema', `https://asciinema.org/a/${id}`)) : { type: 'unknown' };
  },
};
