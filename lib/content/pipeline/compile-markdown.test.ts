import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '@/components/mdx';
import { compileBody } from './compile';
import { compileMarkdown } from './compile-markdown';

const render = (code: string) => renderToStaticMarkup(createElement(getMDXComponent(code), { components: mdxComponents }));

describe('compileMarkdown (.md without mdx-bundler)', () => {
  it('gives code that mdx-bundler/client runs, with React’s JSX runtime', async () => {
    const code = await compileMarkdown('# Title\n\nSome *text* and a [link](/posts/x/).', {});
    assert.equal(render(code), '<h1>Title</h1>\n<p>Some <em>text</em> and a <a href="/posts/x/">link</a>.</p>');
  });

  it('renders the same page as mdx-bundler for a body both read alike', async () => {
    const body = '## A heading\n\nA paragraph with **bold**, `code` and [a link](https://example.com/).\n\n- one\n- two\n\n```js\nconst a = 1;\n```\n';
    const [markdown, bundled] = await Promise.all(['md', 'mdx'].map((format) => compileBody({ file: `same.${format}`, format: format as 'md' | 'mdx', body, title: 'Same' })));
    assert.doesNotMatch(markdown.code, /Component/, 'not an esbuild bundle');
    assert.match(bundled.code, /return Component;$/);
    assert.equal(render(markdown.code), render(bundled.code));
    assert.deepEqual(markdown.headings, bundled.headings);
    assert.equal(markdown.feedHtml, bundled.feedHtml);
  });

  it('raw HTML still gets its meaning; footnote markers are the same with or without it', async () => {
    const withRaw = await compileBody({ file: 'raw.md', format: 'md', body: 'Text[^1] <span>inline</span>\n\n<div>block</div>\n\n[^1]: A source.\n', title: 'Raw' });
    const without = await compileBody({ file: 'plain.md', format: 'md', body: 'Text[^1]\n\n[^1]: A source.\n', title: 'Plain' });
    const [rawHtml, plainHtml] = [render(withRaw.code), render(without.code)];
    assert.match(rawHtml, /<span>inline<\/span>/);
    assert.match(rawHtml, /<div>block<\/div>/);
    for (const html of [rawHtml, plainHtml]) {
      assert.match(html, /data-footnote-ref=""/);
      assert.match(html, /<section data-footnotes="" class="footnotes"/);
    }
  });

  it('HTML nested too deeply for the compiler: a clear error naming the file', async () => {
    await assert.rejects(compileBody({ file: 'deep.md', format: 'md', body: `${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`, title: 'Deep' }), /deep\.md:1:1: error: is nested too deeply to compile/);
  });
});

describe('highlighting bodies compiled at once, on a busy machine', () => {
  it('gives each the colours it gets alone (no line cut short by the tokenizer time limit)', async () => {
    const languages = ['js', 'python', 'go', 'rust', 'ruby', 'elisp', 'bash', 'css'];
    const body = (language: string) => `\`\`\`${language}\nconst a = "text"; // note\nfn(1, 'x')\n\`\`\`\n`;
    const together = await Promise.all(languages.map((language) => compileBody({ file: `${language}.md`, format: 'md', body: body(language), title: language })));
    for (const [index, language] of languages.entries()) {
      const alone = await compileBody({ file: `${language}.md`, format: 'md', body: body(language), title: language });
      assert.equal(render(together[index].code), render(alone.code), language);
    }
  });
});
