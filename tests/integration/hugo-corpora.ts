// The two shared corpora of real Hugo posts (../shared/corpus and ../shared/corpus-themes), laid out in a
// content folder of a scratch site as their authors' sites had them: single files as they are, page
// bundles as a folder with their index file and resources. Read from ../shared, never copied into the project.
import fs from 'node:fs';
import path from 'node:path';

export const CORPORA = [path.resolve('../shared/corpus'), path.resolve('../shared/corpus-themes')] as const;

export const corporaPresent = () => CORPORA.every((corpus) => fs.existsSync(corpus));

/** Copies every post into `content` and returns, per copied post file, the corpus it came from. */
export function layOutCorpora(content: string): Map<string, string> {
  const origin = new Map<string, string>();
  for (const corpus of CORPORA) {
    const name = path.basename(corpus);
    const bundlesDir = path.join(corpus, 'bundles');
    const bundles = fs.existsSync(bundlesDir) ? fs.readdirSync(bundlesDir) : [];
    for (const bundle of bundles) {
      fs.cpSync(path.join(bundlesDir, bundle), path.join(content, bundle), { recursive: true });
      for (const file of fs.readdirSync(path.join(content, bundle)).filter(isPostFile)) origin.set(path.join(content, bundle, file), name);
    }
    // The corpus also holds each bundle's index file flat (`<bundle>-index.md`): the bundle stands for it.
    const flat = fs.readdirSync(corpus).filter((file) => isPostFile(file) && !isCorpusDoc(file) && !bundles.some((bundle) => file.startsWith(`${bundle}-index`)));
    for (const file of flat) {
      fs.copyFileSync(path.join(corpus, file), path.join(content, file));
      origin.set(path.join(content, file), name);
    }
  }
  return origin;
}

const isPostFile = (file: string) => file.endsWith('.md');
const isCorpusDoc = (file: string) => file === 'README.md' || file === 'SHORTCODES.md';

/**
 * Some posts ref pages of their own sites that the corpora do not hold: those sites have them, so each
 * gets a stub page where the ref points, as the site would. `errors` are the checker's error messages;
 * every one must be such a ref, or the corpora do not build unedited. Returns the stubs written.
 */
export function stubMissingRefs(content: string, errors: { file: string; message: string }[]): string[] {
  const stubs: string[] = [];
  const unexpected: string[] = [];
  for (const error of errors) {
    const target = /\{\{[<%]\s*(?:rel)?ref\s+"([^"]+)"/.exec(error.message)?.[1];
    if (!target || !/names no|not found|no article|no page/i.test(error.message)) {
      unexpected.push(`${error.file}: ${error.message}`);
      continue;
    }
    const relative = target.replace(/#.*$/, '').replace(/\.md$/, '').replace(/^\/+|\/+$/g, '');
    const stub = path.join(content, `${relative}.md`);
    if (fs.existsSync(stub) || stubs.includes(stub)) continue;
    fs.mkdirSync(path.dirname(stub), { recursive: true });
    fs.writeFileSync(stub, `---\ntitle: ${JSON.stringify(path.basename(relative))}\ndate: 2020-01-01\n---\nA page the corpus links to.\n`);
    stubs.push(stub);
  }
  if (unexpected.length > 0) throw new Error(`the corpora do not build unedited:\n${unexpected.join('\n')}`);
  return stubs;
}

/** Whether the post's front matter marks it a draft, which its own site did not publish either. */
export function isDraft(source: string): boolean {
  const frontMatter = /^\uFEFF?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1/.exec(source)?.[2] ?? '';
  return /^draft\s*[:=]\s*["']?(true|yes)["']?\s*$/im.test(frontMatter);
}
