// Shortcodes that show images, video, audio and documents. Every image is a Figure (or a plain <img> for
// PaperMod's in-text image) with the src exactly as the author wrote it: the image step resolves it (a
// page-bundle file, a download) like any Markdown image. Alt text: alt, else the title or caption.
// Video and audio play only from this site; another site's file, or a video site we have no player
// for, is a link.
import { component, escapeHtml, markdownLink, plainText, wrap, type ComponentForm, type FormTable, type ShortcodeArguments, type ShortcodeForm } from './shortcode-form-parts';

interface FigureFields {
  src: string | undefined;
  alt?: string;
  title?: string;
  caption?: string;
  href?: string;
  width?: string;
  height?: string;
  attr?: string;
  cite?: string;
}

export function figure({ src, alt, title, caption, href, width, height, attr, cite }: FigureFields): ComponentForm {
  // Hugo renders a figure's caption as Markdown: in .md it becomes the component's content (rehype-shortcodes).
  const form = component('Figure', { src, alt: alt ?? plainText(title) ?? plainText(caption), title, caption, href, width: pixels(width), height: pixels(height), attr, cite });
  return { ...form, inner: 'caption', markdownAttributes: ['caption'] };
}

/** A paired image shortcode's content is its caption (Docsy's imgproc). */
function captioned(form: ComponentForm): ComponentForm {
  return { ...form, needsClosing: false };
}

function pixels(value: string | undefined): string | undefined {
  return value && /^\d+(\.\d+)?(px)?$/.test(value.trim()) ? value.trim().replace(/px$/, '') : undefined;
}

const IMAGE_FILE = /\.(avif|bmp|gif|jpe?g|png|svg|tiff?|webp)([?#].*)?$/i;

/** h-youhei's {{< img "alt" "src" width >}}, and {{< img src alt >}}: the path is the argument that looks like one. */
function img({ positional, named }: ShortcodeArguments): ComponentForm {
  if (named.src !== undefined || positional.length === 0) return figure({ src: named.src, alt: named.alt, title: named.title, caption: named.caption, href: named.link ?? named.href, width: named.width, height: named.height });
  const looksLikeFile = (value: string | undefined) => value !== undefined && (IMAGE_FILE.test(value) || /^(https?:)?\/\//.test(value));
  const [first, second, third] = positional;
  const srcFirst = looksLikeFile(first) || !looksLikeFile(second);
  return figure({ src: srcFirst ? first : second, alt: named.alt ?? (srcFirst ? second : first), width: named.width ?? third, caption: named.caption });
}

function isRemote(src: string | undefined): boolean {
  return /^([a-z][a-z\d+.-]*:)?\/\//i.test(src ?? '');
}

/** A file this site serves plays here; another site's is a link (pages load nothing from other sites). */
function media(kind: 'video' | 'audio', src: string | undefined, title: string | undefined, poster?: string): ShortcodeForm {
  if (!src) return { type: 'unknown' };
  if (isRemote(src)) return wrap(markdownLink(`${title || (kind === 'video' ? 'Video' : 'Audio')} (${kind} file on another site)`, src));
  if (kind === 'video') return component('Video', { src, title, poster });
  return wrap(`<audio controls preload="metadata" src="${escapeHtml(src)}"${title ? ` title="${escapeHtml(title)}"` : ''}></audio>`);
}

/** Blowfish's carousel: images="{a.jpg,b.jpg}" as a set of figures; a pattern (gallery/*) names bundle files we cannot list here. */
function carousel({ named }: ShortcodeArguments): ShortcodeForm {
  const list = (named.images ?? '').replace(/^\{|\}$/g, '').split(',').map((item) => item.trim()).filter(Boolean);
  if (list.length === 0 || list.some((item) => item.includes('*'))) {
    return { ...wrap(''), warning: `it shows the images matching "${named.images ?? ''}", which this site cannot list: write each image as ![description](file) instead` };
  }
  return { type: 'text', open: list.map((src) => `![](${src.includes(' ') ? `<${src}>` : src})`).join(' '), close: '', needsClosing: false };
}

export const MEDIA_FORMS: FormTable = {
  // Hugo's, PaperMod's, Blowfish's and Congo's figure (Blowfish and Congo call the link href).
  figure: ({ positional, named }) => figure({ src: named.src ?? positional[0], alt: named.alt, title: named.title, caption: named.caption, href: named.link ?? named.href, width: named.width, height: named.height, attr: named.attr, cite: named.attrlink }),
  // LoveIt/DoIt/FixIt: src alt caption (positional too), title, linked; hugo-book: src alt title.
  image: ({ positional, named }) => figure({ src: named.src ?? positional[0], alt: named.alt ?? positional[1], caption: named.caption ?? positional[2], title: named.title, width: named.width, height: named.height }),
  img,
  // Names sites give their own image shortcodes, read the same way.
  picture: img,
  photo: img,
  screenshot: ({ positional, named }) => figure({ src: named.src ?? positional[0], alt: named.alt ?? positional[1] }),
  // Cloudinary's: src, or public_id on a cloud.
  cldimg: ({ named }) => figure({ src: named.src ?? (named.public_id && named.cloud ? `https://res.cloudinary.com/${named.cloud}/image/upload/${named.public_id}` : undefined), alt: named.alt, caption: named.caption, width: named.width, height: named.height }),
  cfimg: ({ named, positional }) => figure({ src: named.src ?? positional[0], alt: named.alt, caption: named.caption, width: named.width, height: named.height }),
  // Docsy's imgproc: a bundle image by name (its command and size are for Hugo's image processing), its content the caption.
  imgproc: ({ positional, named }) => captioned(figure({ src: named.src ?? positional[0], alt: named.alt })),
  // PaperMod's inTextImg: a small image in a line of text.
  intextimg: ({ named }) => wrap(`<img src="${escapeHtml(named.url ?? named.src ?? '')}" alt="${escapeHtml(named.alt ?? '')}" height="${escapeHtml(pixels(named.height) ?? '15')}" />`),
  // Blowfish's gallery holds <img> tags (raw HTML, sanitized as any); others wrap figures.
  // hugo-easy-gallery's script loader: nothing to show.
  'load-photoswipe': () => ({ type: 'hidden' }),
  gallery: ({ named }, { paired }) => (paired ? wrap('') : { ...wrap(''), warning: `it shows the images of "${named.dir ?? named.match ?? 'a folder'}", which this site cannot list: write each image as ![description](file) instead` }),
  carousel,
  // Relearn's attachments lists the page's files.
  attachments: () => ({ ...wrap(''), warning: 'it lists the files attached to the page, which this site cannot list: link each file instead ([leaflet](leaflet.pdf))' }),
  video: ({ positional, named }) => media('video', named.src ?? named.url ?? positional[0], named.title ?? named.caption, named.poster),
  audio: ({ positional, named }) => media('audio', named.src ?? named.url ?? positional[0], named.title ?? named.caption),
  // Blowfish's youtubeLite: id, label.
  youtubelite: ({ positional, named }) => component('YouTube', { id: named.id ?? positional[0], title: named.label ?? named.title }),
  bilibili: ({ positional, named }) => {
    const id = named.id ?? positional[0] ?? '';
    const page = named.p ?? named.page ?? positional[1];
    return wrap(markdownLink(`Video on Bilibili (${id})`, `https://www.bilibili.com/video/${id}${page && page !== '1' ? `?p=${page}` : ''}`));
  },
  // Sites' spotify embed: type (track, album, playlist, episode) and id.
  spotify: ({ positional, named }) => {
    const id = named.id ?? positional[1] ?? positional[0];
    const kind = named.type ?? (positional.length > 1 ? positional[0] : 'track');
    return id ? wrap(markdownLink(`Listen on Spotify (${kind})`, `https://open.spotify.com/${kind}/${id}`)) : { type: 'unknown' };
  },
  tencent: ({ positional, named }) => wrap(markdownLink('Video on Tencent Video', `https://v.qq.com/x/page/${named.vid ?? named.id ?? positional[0] ?? ''}.html`)),
  pdf: ({ positional, named }) => {
    const src = named.src ?? named.url ?? named.file ?? positional[0] ?? '';
    return wrap(markdownLink(named.title ?? `${src.split('/').pop() || 'Document'} (PDF)`, src));
  },
  // Hugo's qr draws a QR code of its text or content: the text (or link) it encodes, readable as is.
  qr: ({ named }, { paired }) => {
    const text = named.text ?? '';
    if (paired) return wrap('', '', true);
    if (/^(https?:|mailto:|tel:)/i.test(text)) return wrap(markdownLink(text, text));
    return wrap(escapeHtml(text));
  },
};
