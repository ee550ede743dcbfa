// The real Hugo corpus (../shared/corpus, when it is there) through the pipeline: no post's page shows
// shortcode syntax, and what it warns about is listed (run with --test-reporter=spec to read it).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { compileBody } from './compile';
import { ContentError } from './errors';
import { readArticleFile } from './files';
import { loadArticle } from './load-article';
import { findRef, refKey, refTable, type RefTarget } from './refs';
import { refTargetsIn } from './shortcodes';
import { assertThemed } from './__fixtures__/themed-html';

const CORPUS = '../shared/corpus';

describe('the real Hugo corpus, shortcodes', { skip: !fs.existsSync(CORPUS) && `${CORPUS} is not here` }, () => {
  it('compiles every post, and no page shows {{< or {{%', async () => {
    const names = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const sources = await Promise.all(names.map((name) => readArticleFile(path.join(CORPUS, name))));
    // The corpus holds single posts of other sites: the articles their refs name are not in it. Each is
    // counted as a build error would be, then resolved as its own site would have it, to compile the rest.
    const own = refTable(sources, CORPUS, new Date('2100-01-01T12:00:00Z'));
    const missing: string[] = [];
    const stand: Map<string, RefTarget> = new Map(own);
    for (const source of sources) {
      for (const target of refTargetsIn(source.source)) {
        if (findRef(own, target, source.file)) continue;
        missing.push(`${source.file}: ${target}`);
        stand.set(refKey(target), { url: `/posts/${refKey(target).split('/').pop()}/`, file: 'elsewhere', public: true });
      }
    }
    const warnings = new Map<string, number>();
    for (const source of sources) {
      const article = await loadArticle(source, compileBody, { refs: stand, now: new Date('2100-01-01T12:00:00Z') }).catch((error: unknown) => {
        if (error instanceof ContentError) assert.fail(error.message);
        throw error;
      });
      const html = renderToStaticMarkup(createElement(getMDXComponent(article.code), { components: mdxComponents }));
      assert.doesNotMatch(html, /\{\{[<%]/, `${source.file} shows shortcode syntax`);
      for (const warning of article.warnings.filter((w) => w.rule === 'unknown-shortcode' || w.rule === 'unclosed-shortcode')) {
        const key = `${warning.rule}: ${/"([^"]+)"/.exec(warning.message)?.[1] ?? warning.message.slice(0, 40)}`;
        warnings.set(key, (warnings.get(key) ?? 0) + 1);
      }
    }
    console.log(`refs to articles outside the corpus (build errors on their own): ${missing.length}`);
    console.log(`shortcode warnings: ${JSON.stringify(Object.fromEntries([...warnings].sort()))}`);
    assert.ok(missing.length > 0 && missing.every((ref) => ref.includes('PradeepLoganathan')), 'only that site\'s refs point outside the corpus');
  });

  it('highlights every post\'s fenced code, and typesets every post with math as MathML', async () => {
    const names = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    let withCode = 0;
    let withMath = 0;
    for (const name of names) {
      const source = await readArticleFile(path.join(CORPUS, name));
      // Its refs stand resolved as its own site would have them (see above); math as its front matter says.
      const refs = new Map(refTargetsIn(source.source).map((target) => [refKey(target), { url: '/posts/elsewhere/', file: 'elsewhere', public: true }]));
      const article = await loadArticle(source, compileBody, { refs, now: new Date('2100-01-01T12:00:00Z') });
      const html = renderToStaticMarkup(createElement(getMDXComponent(article.code), { components: mdxComponents }));
      // Code blocks (a raw <pre> of text alone is not one, as in Hugo).
      const blocks = (html.match(/<pre[\s\S]*?<\/pre>/g) ?? []).filter((block) => block.includes('<code'));
      if (/^ {0,3}(```|~~~)/m.test(source.source) && !article.disableHljs) {
        withCode++;
        assert.ok(blocks.length > 0 && blocks.every((block) => block.startsWith('<pre class="shiki')), `${source.file}: every block highlighted`);
        assertThemed(blocks.join('\n'));
      }
      if (article.math) {
        withMath++;
        assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/, `${source.file}: MathML`);
        assert.doesNotMatch(html, /katex-error/, `${source.file}: every formula typeset`);
      }
    }
    console.log(`posts with fenced code: ${withCode}; with math on: ${withMath}`);
    assert.ok(withCode >= 10 && withMath >= 2);
  });
});
