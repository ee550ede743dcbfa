// Where a local path an article names (an image's src, a link's href, a cover) leads, as Hugo reads it: a
// page bundle's own file (beside index.md, by path or by its `resources` name), a file elsewhere in the
// content folder, or a static file in public/ (Hugo's static/). Pure: the build finds the files first
// (media-files.ts) and hands their table to the compile step, so a compile reads no disk and its key
// (compile-cache.ts) names every file that can change its output.
import path from 'node:path';
import { isRemoteImage } from '../media';
import { mediaUrl, previewMediaUrl } from '../urls';

/** A local file as the build found it: its content's hash, and its size in pixels when it is an image. */
export interface MediaFile {
  hash: string;
  /** Lower case, without the dot: the stored copy keeps it (`/media/<hash>.<ext>`). */
  ext: string;
  width?: number;
  height?: number;
}

/** Every local file an article may name, by its path from the project root (POSIX); null: named, not there. */
export type MediaFiles = Record<string, MediaFile | null>;

/** Hugo's `resources` front matter: files of the bundle (`src` may be a glob) given a `name` and `title`. */
export interface ResourceRule {
  src: string;
  name: string;
  title: string;
  params?: Record<string, unknown>;
}

export interface MediaContext {
  /** The article's folder, from the project root (POSIX). */
  dir: string;
  /** A page bundle (`index.md`): the files in its folder are its resources. */
  bundle: boolean;
  /** The article's page (`/posts/knee/`): Hugo serves a bundle's files under it, and authors name them so. */
  pageUrl: string;
  /** How far up a relative path may climb (the content folder's parent), from the project root. */
  bound: string;
  resources: ResourceRule[];
  files: MediaFiles;
  /** Where a stored file is served: the store's /media/ (default), or a draft's preview (never the store). */
  servedFrom?: { preview: string };
}

/** The files a page serves beside its article: images, documents, sound and video. Anything else named
 * locally is left as written (it is not copied: a bundle's .html or .js must not run from our origin). */
export const SERVED_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'bmp', 'ico', 'pdf', 'txt', 'csv', 'zip', 'mp3', 'm4a', 'ogg', 'wav', 'mp4', 'webm', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'epub'] as const;
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'bmp', 'ico']);

export const isImageExtension = (ext: string) => IMAGE_EXTENSIONS.has(ext.toLowerCase());

/** `index.md`, `index.en.md`, `index.mdx`: Hugo's leaf bundle, whose folder is the article's. */
export function isBundleFile(file: string): boolean {
  return /^index(\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?\.mdx?$/.test(path.basename(file));
}

/** `x.png?width=50pc#top` is the file `x.png`: Hugo's image options and fragments name no other file. */
export function withoutQuery(src: string): string {
  return src.replace(/[?#].*$/, '');
}

/** A local path as the file it names (from the project root), or null when it is no local file (a remote
 * URL, a `data:`/`mailto:` address, an anchor) or it would leave the content folder. */
export function filePathOf(src: string, context: Pick<MediaContext, 'dir' | 'bundle' | 'pageUrl' | 'bound'>): string | null {
  const written = withoutQuery(src.trim());
  if (!written || isRemoteImage(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    decoded = written;
  }
  if (decoded.startsWith('/')) {
    if (context.bundle && context.pageUrl !== '/' && decoded.startsWith(context.pageUrl)) return path.posix.join(context.dir, decoded.slice(context.pageUrl.length));
    return path.posix.join('public', path.posix.normalize(decoded));
  }
  const file = path.posix.join(context.dir, decoded);
  const climbed = path.posix.relative(context.bound, file);
  if (!climbed.startsWith('..') && !path.posix.isAbsolute(climbed)) return file;
  // `../../static/images/x.png`: the path from an article to its Hugo site's static/ (as editors such as
  // Typora write it), which is our public/. Any other path out of the content folder names nothing we serve.
  const inStatic = /(?:^|\/)static\/(.+)$/.exec(file)?.[1];
  return inStatic ? path.posix.join('public', inStatic) : null;
}

export type LocalTarget =
  /** A file of the content folder: copied into the store, served as /media/<hash>.<ext>. */
  | { kind: 'stored'; path: string; file: MediaFile; title: string }
  /** A file of public/: served where it is. */
  | { kind: 'public'; path: string; file: MediaFile; title: string }
  | { kind: 'missing'; path: string };

/** Where a local src leads (null: not a local file, or, unless it is an `image`, not a kind we serve: an
 * image of another kind is missing, as no page can show it). */
export function resolveLocal(src: string, context: MediaContext, { image = false } = {}): LocalTarget | null {
  const named = resourceNamed(src, context);
  const filePath = named?.path ?? filePathOf(src, context);
  // An image path that leaves the content folder can never be shown: reported, like one not there.
  if (!filePath) return image && isLocalPath(src) ? { kind: 'missing', path: withoutQuery(src.trim()) } : null;
  const ext = path.posix.extname(filePath).slice(1).toLowerCase();
  if (!(SERVED_EXTENSIONS as readonly string[]).includes(ext)) return image ? { kind: 'missing', path: filePath } : null;
  const file = context.files[filePath];
  if (!file) {
    const moved = bundleFileUnder(filePath, context);
    return moved ? resolveLocal(moved, context) : { kind: 'missing', path: filePath };
  }
  const title = named?.title ?? resourceOf(filePath, context)?.title ?? '';
  return filePath.startsWith('public/') ? { kind: 'public', path: filePath, file, title } : { kind: 'stored', path: filePath, file, title };
}

function isLocalPath(src: string): boolean {
  const written = withoutQuery(src.trim());
  return written !== '' && !isRemoteImage(written) && !/^[a-z][a-z0-9+.-]*:/i.test(written);
}

/** The URL a stored file (`<hash>.<ext>`) is served at for this article. */
export function storedFileUrl(file: string, context: Pick<MediaContext, 'servedFrom'>): string {
  return context.servedFrom ? previewMediaUrl(context.servedFrom.preview, file) : mediaUrl(file);
}

/** A bundle's resources with the name and title its `resources` rules give them (Hugo: the first rule that
 * matches sets each; `:counter` counts that rule's matches from 1). */
export function bundleResources(context: Pick<MediaContext, 'dir' | 'bundle' | 'resources' | 'files'>): { path: string; relative: string; name: string; title: string }[] {
  if (!context.bundle) return [];
  const prefix = `${context.dir}/`;
  const relatives = Object.keys(context.files)
    .filter((file) => file.startsWith(prefix) && context.files[file])
    .map((file) => file.slice(prefix.length))
    .sort();
  const counters = new Map<ResourceRule, number>();
  return relatives.map((relative) => {
    let name = '';
    let title = '';
    for (const rule of context.resources) {
      if (!globMatches(rule.src, relative)) continue;
      const count = (counters.get(rule) ?? 0) + 1;
      if (!name && rule.name) {
        name = rule.name.replace(/:counter/g, String(count));
        counters.set(rule, count);
      }
      if (!title && rule.title) title = rule.title.replace(/:counter/g, String(count));
    }
    return { path: prefix + relative, relative, name: name || relative, title };
  });
}

/** A site path that is not in public/ but ends in one of the bundle's own files (`/posts/old-folder/1.webp`
 * for `1.webp`): the bundle's page under the URL it had where it was written (another folder name, a
 * `slug`), which Hugo served there. The longest such ending wins. */
function bundleFileUnder(filePath: string, context: MediaContext): string | null {
  if (!context.bundle || !filePath.startsWith('public/')) return null;
  const parts = filePath.slice('public/'.length).split('/');
  for (let i = 1; i < parts.length; i++) {
    const relative = parts.slice(i).join('/');
    if (context.files[`${context.dir}/${relative}`]) return `./${relative}`;
  }
  return null;
}

function resourceNamed(src: string, context: MediaContext) {
  if (!context.bundle || context.resources.length === 0) return null;
  const written = withoutQuery(src.trim()).replace(/^\.\//, '');
  return bundleResources(context).find((resource) => resource.name === written && resource.name !== resource.relative) ?? null;
}

function resourceOf(filePath: string, context: MediaContext) {
  return context.resources.length > 0 ? bundleResources(context).find((resource) => resource.path === filePath) : undefined;
}

/** Hugo's resource globs: `*` within a folder, `**` across folders, `?` one character; case-insensitive. */
export function globMatches(glob: string, relative: string): boolean {
  const pattern = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) => (part === '**' || part === '**/' ? '(?:.*/)?' + (part === '**' ? '.*' : '') : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`, 'i').test(relative);
}
