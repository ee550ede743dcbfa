// Compiles through the content store: a body is compiled only when no body with its key is stored. The
// key hashes everything that decides the output: the body, the format, the title (used for video labels),
// the math and disableHLJS switches, the local files it may name with their hashes (local-media.ts),
// what its {{< ref >}}s resolve to (the targets' URLs), the pipeline's own source code, and the installed
// versions of the packages that compile, so changing a plugin or upgrading the compiler recompiles everything. That source is all of lib/content/pipeline/
// (tests and fixtures aside) and the modules outside it that shape compiled output.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledBody } from '../article';
import { markCheckedDraft, readCachedBody, readCheckedDraft, writeBody } from '../store';
import { compileBody, type Compile, type CompileInput } from './compile';
import { findRef } from './refs';
import { paramNamesIn, refTargetsIn } from './shortcodes';

// From the project root, as the store's path is: this module also runs bundled (scripts/run.mjs).
const PIPELINE_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'content', 'pipeline');
/** Outside the pipeline's folder, but they shape compiled output too (types, component names, URLs). */
const SHAPING_MODULES = ['../article.ts', '../mdx-components.ts', '../urls.ts', '../embeds.ts', '../language.ts', '../display-dates.ts', '../../site.ts'];
/** The packages whose code turns a body into compiled output (mdx-bundler's MDX compiler included). */
export const COMPILER_PACKAGES = [
  'mdx-bundler',
  '@mdx-js/mdx',
  '@mdx-js/esbuild',
  'esbuild',
  'unified',
  'remark-gfm',
  'rehype-raw',
  'rehype-sanitize',
  'hast-util-sanitize',
  'github-slugger',
  'hast-util-to-string',
  'hast-util-to-html',
  'unist-util-visit',
  'property-information',
  'inline-style-parser',
  'shiki',
  '@shikijs/transformers',
  'remark-math',
  'rehype-katex',
  'katex',
] as const;
let pipelineHash: string | null = null;

export function bodyKey(input: CompileInput): string {
  pipelineHash ??= hashPipelineSource();
  return createHash('sha256').update(pipelineHash).update(`\0${input.format}\0${input.title}\0${Boolean(input.math)}\0${Boolean(input.disableHljs)}\0${input.body}\0${refsDecided(input)}\0${JSON.stringify(input.sources ?? [])}\0${JSON.stringify(input.media ?? null)}\0${paramsDecided(input)}`).digest('hex').slice(0, 32);
}

/** What the body's param shortcodes read: each name and the front matter's value for it. */
function paramsDecided({ body, params = {} }: CompileInput): string {
  const names = paramNamesIn(body);
  const top = (name: string) => name.split('.')[0].toLowerCase();
  return names.length === 0 ? '' : JSON.stringify(names.map((name) => [name, params[top(name)] ?? (params.params as Record<string, unknown> | undefined)?.[top(name)] ?? null]));
}

/** What the body's refs decide: each target's URL and whether it is public (and whether this article is). */
function refsDecided({ body, refs, isPublic = true, file }: CompileInput): string {
  const targets = refTargetsIn(body);
  if (targets.length === 0) return '';
  const resolved = targets.map((target) => {
    const found = refs ? findRef(refs, target, file) : undefined;
    return found ? `${target}\u0001${found.ambiguous ? `ambiguous ${found.ambiguous.join(' ')}` : found.url}\u0001${found.public}` : `${target}\u0001`;
  });
  return `${isPublic}\u0002${resolved.join('\u0002')}`;
}

/** What a draft that compiled cleanly before yields: nothing of its text (drafts are never listed), its
 * warnings (its links are not checked again). */
const CHECKED_DRAFT: Omit<CompiledBody, 'warnings'> = { code: '', headings: [], faq: [], words: 0, cjkCharacters: 0, textBeforeMore: '', firstParagraph: '', prose: { sentences: 0, words: 0, syllables: 0 }, feedHtml: '', links: [], remoteImages: [], localFiles: [], refs: [] };

/** Names a source file's path and text as this pipeline reads them, with the local files it may name
 * (media-files.ts's digest: a bundle image edited, added or removed changes it; see IndexedArticle.sourceKey). */
export function sourceKey(file: string, source: string, media = ''): string {
  pipelineHash ??= hashPipelineSource();
  return createHash('sha256').update(pipelineHash).update(`\0${file}\0${source}\0${media}`).digest('hex').slice(0, 32);
}

export function cachedCompile(storeDir: string, compile = compileBody): Compile {
  return async (input, { draft }) => {
    const key = bodyKey(input);
    if (draft) {
      // A draft's compiled text never enters the store; a mark named by its key says it compiled cleanly
      // (and holds its warnings), so an unchanged draft is not compiled again by every build and publish.
      const warnings = readCheckedDraft(storeDir, key);
      if (warnings) return { ...CHECKED_DRAFT, warnings };
      const compiled = await compile(input);
      markCheckedDraft(storeDir, key, compiled.warnings);
      return compiled;
    }
    const cached = readCachedBody(storeDir, key);
    if (cached) return cached;
    const compiled = await compile(input);
    writeBody(storeDir, key, compiled);
    return compiled;
  };
}

/** The files hashed, relative to lib/content/pipeline/. */
export function pipelineSourceFiles(): string[] {
  const files = fs.readdirSync(PIPELINE_DIR, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('__fixtures__')).sort();
  return [...files, ...SHAPING_MODULES];
}

/** `name@version` of each compiler package as installed, found the way Node resolves it from here. */
export function compilerVersions(): string[] {
  return COMPILER_PACKAGES.map((name) => `${name}@${installedVersion(name)}`);
}

function installedVersion(name: string): string {
  for (let dir = PIPELINE_DIR; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (fs.existsSync(manifest)) return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) throw new Error(`The compiler package ${name} is not installed. Run "npm ci".`);
  }
}

function hashPipelineSource(): string {
  const hash = createHash('sha256').update(compilerVersions().join('\0'));
  for (const name of pipelineSourceFiles()) hash.update(name).update(fs.readFileSync(path.join(PIPELINE_DIR, name)));
  return hash.digest('hex');
}
