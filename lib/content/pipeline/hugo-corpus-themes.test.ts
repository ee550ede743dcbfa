// The second real Hugo corpus (../shared/corpus-themes, when it is there: posts of many themes) and the
// first (../shared/corpus) through the pipeline: no page shows shortcode syntax but where the author
// escaped it, and the shortcodes this site does not know are counted (run with --test-reporter=spec to
// read them). A post whose front matter is refused (another check's business) is listed, and its body checked.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { compileBody } from './compile';
import { ContentError } from './errors';
import { readArticleFile } from './files';
import { splitFrontMatter } from './front-matter';
import { loadArticle } from './load-article';
import { refKey, type RefTarget } from './refs';
import { refTargetsIn } from './shortcodes';

// Images as plain <img>: a remote one would be looked up in a content store, which a unit test has not.
const components = { ...mdxComponents, img: (props: ComponentProps<'img'>) => createElement('img', props) };

const CORPORA = ['../shared/corpus-themes', '../shared/corpus'].filter((dir) => fs.existsSync(dir));

// Escaped shortcodes written outside code, which the page shows as written (the escaped form loses its /* */).
function escapedInText(source: string): number {
  const prose = source.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '').replace(/(`+)[^`]*?\1/g, '');
  return (prose.match(/\{\{[<%]\/\*/g) ?? []).length;
}

/** The body and front matter; front matter that is not even YAML (or TOML) becomes blank lines. */
function bodyOf(file: string, source: string): { body: string; data: Record<string, unknown> } {
  try {
    return splitFrontMatter(file, source);
  } catch {
    const block = /^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1[ \t]*(\r?\n|$)/.exec(source)?.[0] ?? '';
    return { body: '\n'.repeat((block.match(/\n/g) ?? []).length) + source.slice(block.length), data: {} };
  }
}

describe('the real Hugo corpora, every theme\'s shortcodes', { skip: CORPORA.length === 0 && 'no corpus here' }, () => {
  for (const corpus of CORPORA) {
    it(`${corpus}: no page shows {{< or {{% unless escaped, and unknown shortcodes are counted`, async () => {
      const names = fs.readdirSync(corpus).filter((name) => name.endsWith('.md') && !/^(README|MANIFEST|SHORTCODES)\.md$/.test(name));
      const unknown = new Map<string, number>();
      const failed: string[] = [];
      let checked = 0;
      for (const name of names) {
        const source = await readArticleFile(path.join(corpus, name));
        // Refs name articles of the post's own site, which the corpus does not hold: each stands resolved.
        const refs = new Map<string, RefTarget>(refTargetsIn(source.source).map((target) => [refKey(target), { url: '/posts/elsewhere/', file: 'elsewhere', public: true }]));
        const article = await loadArticle(source, compileBody, { refs, now: new Date('2100-01-01T12:00:00Z') }).catch(async (error: unknown) => {
          if (!(error instanceof ContentError) || error.problems.some((problem) => problem.message.includes('{{'))) throw error;
          // Its front matter is refused (another check's business): its body is compiled on its own.
          failed.push(`${name} (${error.problems[0]?.message.slice(0, 60)})`);
          const { body, data } = bodyOf(source.file, source.source);
          return compileBody({ file: source.file, format: source.format, body, title: name, refs, params: data });
        });
        checked++;
        const html = renderToStaticMarkup(createElement(getMDXComponent(article.code), { components }));
        const shown = (html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, '').match(/\{\{[<%]/g) ?? []).length;
        assert.ok(shown <= escapedInText(source.source), `${name} shows shortcode syntax ${shown} times`);
        for (const warning of article.warnings.filter((w) => (w.rule === 'unknown-shortcode' && w.message.includes('is not one this site knows')) || w.rule === 'unclosed-shortcode')) {
          const key = `${warning.rule === 'unclosed-shortcode' ? 'unclosed ' : ''}${/"([^"]+)"/.exec(warning.message)?.[1] ?? '?'}`;
          unknown.set(key, (unknown.get(key) ?? 0) + 1);
        }
      }
      const total = [...unknown.values()].reduce((sum, count) => sum + count, 0);
      console.log(`${corpus}: ${checked} posts checked, of which ${failed.length} only by their body, their front matter refused: ${failed.join('; ')}`);
      console.log(`${corpus}: unknown- and unclosed-shortcode warnings: ${total} ${JSON.stringify(Object.fromEntries([...unknown].sort()))}`);
      assert.ok(checked > 0);
    });
  }
});
