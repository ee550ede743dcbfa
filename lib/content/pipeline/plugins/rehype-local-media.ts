// Points every local file a body names at what the site serves (local-media.ts decides where a name leads):
// an image, a Figure or a link to a bundle's file (photo.webp, guide.pdf, a `resources` name) becomes its
// stored copy, /media/<hash>.<ext>, listed for the build to copy into the store; a public/ image keeps its
// path, without Hugo's `?width=…` options. Images get their size for layout, and alt text from alt, then
// title (or the resource's title, or a Figure's caption). A local image that is not there loses its src,
// which the Image component draws as its alt text in a small box, and the editor is told where it is.
// Runs after the sanitizer: the URLs it writes are ours.
import type { Element, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { LocalFile } from '../../article';
import { isImageExtension, resolveLocal, storedFileUrl, type LocalTarget, type MediaContext } from '../local-media';
import type { Warn } from './warn';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Components whose `src` is an image (the image shortcodes arrive as Figure). */
const IMAGE_COMPONENTS = new Set(['Figure']);
/** Elements and components that name a file to open or play: a bundle's PDF, sound or video. */
const LINKING_ELEMENTS: Record<string, string> = { a: 'href', video: 'src', audio: 'src', source: 'src' };
const LINKING_COMPONENTS: Record<string, string[]> = { Video: ['src'] };
const PLAYING_ELEMENTS = new Set(['video', 'audio']);

/** Points a video's or audio's own src and its <source>s at what we serve; drops the sources that are not
 * there, and says whether anything is left to play (a file found, or an address of another kind). */
function playable(node: Element, context: MediaContext, served: (target: LocalTarget & { kind: 'stored' | 'public' }) => string): { playable: boolean; missing: string[] } {
  const missing: string[] = [];
  let found = false;
  const point = (element: Element): boolean => {
    const src = typeof element.properties.src === 'string' ? element.properties.src : '';
    if (!src) return true;
    const target = resolveLocal(src, context, { image: true });
    if (target?.kind === 'missing') {
      missing.push(src);
      return false;
    }
    if (target) element.properties.src = served(target);
    found = true;
    return true;
  };
  if (!point(node)) delete node.properties.src;
  node.children = node.children.filter((child) => child.type !== 'element' || child.tagName !== 'source' || point(child));
  return { playable: found, missing };
}

export function rehypeLocalMedia({ context, warn, stored }: { context: MediaContext | undefined; warn: Warn; stored: LocalFile[] }) {
  return (tree: Root) => {
    const served = (target: LocalTarget & { kind: 'stored' | 'public' }) => {
      if (target.kind === 'public') return `/${target.path.slice('public/'.length)}`;
      const file = `${target.file.hash}.${target.file.ext}`;
      if (!stored.some((entry) => entry.file === file)) stored.push({ source: target.path, file });
      return storedFileUrl(file, context ?? {});
    };
    const missing = (place: Element['position'], src: string, target: LocalTarget & { kind: 'missing' }) =>
      warn(
        place,
        'missing-image',
        target.path.startsWith('public/')
          ? `the image ${src} is not in public/ (looked for ${target.path}): readers see its alt text instead; put the file there or correct the path`
          : `the image ${src} is not there (looked for ${target.path}): readers see its alt text instead; put the file beside the article or correct the name`,
      );
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'img') {
        const src = typeof node.properties.src === 'string' ? node.properties.src : '';
        const target = context && src ? resolveLocal(src, context, { image: true }) : null;
        if (target?.kind === 'missing') {
          missing(node.position, src, target);
          delete node.properties.src;
        } else if (target && isImageExtension(target.file.ext)) {
          node.properties.src = served(target);
          node.properties.width ??= target.file.width;
          node.properties.height ??= target.file.height;
        }
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
        if (!alt) node.properties.alt = String(node.properties.title ?? '').trim() || (target && target.kind !== 'missing' ? target.title : '');
        return;
      }
      if (node.type === 'element' && context && PLAYING_ELEMENTS.has(node.tagName)) {
        const kept = playable(node, context, served);
        if (kept.missing.length > 0 && !kept.playable) {
          for (const path of kept.missing) warn(node.position, 'missing-image', `the ${node.tagName} ${path} is not there: readers see a note instead; put the file beside the article (or in public/) or correct the path`);
          // Nothing it names can play: the same small captioned box as an image that is not there.
          const name = kept.missing[0].split('/').pop();
          Object.assign(node, { tagName: 'img', properties: { alt: `${node.tagName === 'audio' ? 'Audio' : 'Video'} not available: ${name}` }, children: [] });
        }
        return SKIP;
      }
      if (node.type === 'element' && context) {
        const key = LINKING_ELEMENTS[node.tagName];
        const value = key ? node.properties[key] : undefined;
        const target = typeof value === 'string' && value && !value.startsWith('#') ? resolveLocal(value, context) : null;
        if (key && target?.kind === 'stored') node.properties[key] = served(target);
        return;
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && context && node.name && LINKING_COMPONENTS[node.name]) {
        for (const key of LINKING_COMPONENTS[node.name]) {
          const target = jsxText(node, key) ? resolveLocal(jsxText(node, key), context) : null;
          if (target?.kind === 'stored') setJsx(node, key, served(target));
        }
      }
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && IMAGE_COMPONENTS.has(node.name)) {
        const src = jsxText(node, 'src');
        const target = context && src ? resolveLocal(src, context, { image: true }) : null;
        if (target?.kind === 'missing') {
          missing(node.position, src, target);
          node.attributes = node.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'src'));
        } else if (target && isImageExtension(target.file.ext)) {
          setJsx(node, 'src', served(target));
          if (!jsxText(node, 'width') && !jsxText(node, 'height') && target.file.width && target.file.height) {
            setJsx(node, 'width', String(target.file.width));
            setJsx(node, 'height', String(target.file.height));
          }
        }
        const link = context && jsxText(node, 'href') ? resolveLocal(jsxText(node, 'href'), context) : null;
        if (link?.kind === 'stored') setJsx(node, 'href', served(link));
        if (!jsxText(node, 'alt').trim()) setJsx(node, 'alt', jsxText(node, 'title').trim() || jsxText(node, 'caption').trim() || (target && target.kind !== 'missing' ? target.title : ''));
      }
    });
  };
}

function jsxText(node: JsxElement, name: string): string {
  const found = node.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

function setJsx(node: JsxElement, name: string, value: string): void {
  const found = node.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  if (found) found.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}
