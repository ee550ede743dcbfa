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
import { refKey, refTable, type RefTarget } from './refs';
import { refTargetsIn } from './shortcodes';

const CORPUS = '../shared/corpus';

describe('the real Hugo corpus, shortcodes', { skip: !fs.existsSync(CORPUS) && `${CORPUS} is not here` }, () => {
  it('compiles every post, and no page shows {{< or {{%', async () => {
    const names = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    const sources = await Promise.all(names.map((name) => readArticleFile(path.join(CORPUS, name))));
    // The corpus holds single posts of other sites: the articles their refs name are not in it. Each is
    // counted as a build error would be, then resolved as its own site would have it, to compile the rest.
    const own = refTable(sources, CORPUS, '2100-01-01');
    const missing: string[] = [];
    const stand: Map<string, RefTarget> = new Map(own);
    for (const source of sources) {
      for (const target of refTargetsIn(source.source)) {
        if (own.has(refKey(target))) continue;
        missing.push(`${source.file}: ${target}`);
        stand.set(refKey(target), { url: `/posts/${refKey(target).split('/').pop()}/`, file: 'elsewhere', public: true });
      }
    }
    const warnings = new Map<string, number>();
    for (const source of sources) {
      const article = await loadArticle(source, compileBody, { refs: stand, today: '2100-01-01' }).catch((error: unknown) => {
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
});
