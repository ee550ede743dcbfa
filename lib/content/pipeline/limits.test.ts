import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SourceFile } from './files';
import { loadArticle } from './load-article';

// Generated here, never committed: each is what a runaway editor or a hostile file could hand the build.
const article = (name: string, body: string): SourceFile => ({ file: `${name}.md`, baseName: name, format: 'md', source: `---\ntitle: ${name}\n---\n\n${body}` });

describe('bounds on one file', () => {
  it('a 10 MB file: refused at once, with its size and the limit', async () => {
    const started = performance.now();
    await assert.rejects(loadArticle(article('big', 'Some words in a sentence that goes on. '.repeat(270_000))), /big\.md:1:1: error: is 10\.0 MB; an article may be at most 512 KB\. Split it/);
    assert.ok(performance.now() - started < 1000);
  });

  it('lists nested hundreds deep: refused at the first line past the bound, before parsing', async () => {
    const list = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    await assert.rejects(loadArticle(article('deep', list)), /deep\.md:133:1: error: is nested too deeply: 258 columns of indentation, quote and list markers before the text \(at most 256\)/);
    await assert.rejects(loadArticle(article('quotes', `${'>'.repeat(10_000)} deep`)), /quotes\.md:5:1: error: is nested too deeply/);
  });

  it('HTML nested thousands deep: a clear error, not a stack trace', async () => {
    await assert.rejects(loadArticle(article('divs', `${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`)), /divs\.md:1:1: error: is nested too deeply to compile/);
  });

  it('a 50-level nested list compiles', async () => {
    const list = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const loaded = await loadArticle(article('nested', list));
    const html = renderToStaticMarkup(createElement(getMDXComponent(loaded.code)));
    assert.equal(html.match(/<ul>/g)?.length, 50);
    assert.match(html, /<li>level 50<\/li>/);
  });

  it('10,000 headings compile, each with its own id', async () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `## Heading ${i % 100}\n\nA paragraph under it.\n`).join('\n');
    const loaded = await loadArticle(article('headings', body));
    assert.equal(loaded.headings.length, 10_000);
    assert.equal(new Set(loaded.headings.map((heading) => heading.id)).size, 10_000);
  });
});
