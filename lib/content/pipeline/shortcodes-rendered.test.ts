// Theme shortcodes as the page renders them, in .md (Hugo's format) and .mdx: where their tags stand,
// what their content becomes, and what stays as written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { compileBody } from './compile';
import { expandShortcodes } from './shortcodes';

async function page(body: string, format: 'md' | 'mdx' = 'md', params: Record<string, unknown> = {}) {
  const compiled = await compileBody({ file: `x.${format}`, format, body, title: 'Test', params });
  const html = renderToStaticMarkup(createElement(getMDXComponent(compiled.code), { components: mdxComponents }));
  return { html, compiled, warnings: compiled.warnings.map((warning) => `${warning.line}:${warning.rule}`) };
}

for (const format of ['md', 'mdx'] as const) {
  describe(`theme shortcodes in .${format}`, () => {
    it('a closing tag at the end of a content line closes its block, and later lines keep their numbers', async () => {
      const body = 'Intro\n\n{{< alert >}}\nDo not stop your **medicine**.{{< /alert >}}\n\nAfter\n\n<img src="/x.png" />\n';
      assert.equal(expandShortcodes(body, { format }).source.split('\n').length, body.split('\n').length);
      const { html, warnings } = await page(body, format);
      assert.match(html, /role="note"[^>]*>.*<p>Do not stop your <strong>medicine<\/strong>\.<\/p>\s*<\/div>\s*<p>After<\/p>/s);
      assert.ok(!warnings.some((warning) => warning.includes('unclosed')));
      if (format === 'md') assert.ok(warnings.includes('8:image-alt'), `the image's warning keeps its line: ${warnings}`);
    });

    it('an opening tag after text on its line, and content on the tag\'s line', async () => {
      const { html } = await page('Read this. {{< notice tip >}}Drink **water**.\n{{< /notice >}}\n', format);
      assert.match(html, /<p>Read this\.<\/p>\s*<div role="note"[^>]*><span class="sr-only">Tip: <\/span>\s*<p>Drink <strong>water<\/strong>\.<\/p>\s*<\/div>/);
    });

    it('a pair written on one line of a list item or a quote stays in it', async () => {
      const { html } = await page('- {{< notice tip >}}Drink water.{{< /notice >}}\n- next\n\n> Quote {{< details summary="More" >}}hidden{{< /details >}}\n', format);
      assert.match(html, /<ul>\s*<li>\s*<div role="note"[^>]*><span class="sr-only">Tip: <\/span>\s*<p>Drink water\.<\/p>\s*<\/div>\s*<\/li>\s*<li>next<\/li>\s*<\/ul>/);
      assert.match(html, /<blockquote>\s*<p>Quote<\/p>\s*<details[^>]*><summary[^>]*>More<\/summary>\s*<p>hidden<\/p>\s*<\/details>\s*<\/blockquote>/);
    });

    it('shortcodes in a code fence or a code span stay as written, not run', async () => {
      const { html, compiled } = await page('```go-html-template\n{{< alert "twitter" >}}\n{{< /alert >}}\n```\n\n~~~\n{{% notice %}}\n~~~\n\nWrite `{{< mark text="x" >}}` for <mark>x</mark>.\n', format);
      assert.match(html, /<code>\{\{&lt; mark text=&quot;x&quot; &gt;\}\}<\/code>/);
      assert.match(html, /\{\{&lt; alert &quot;twitter&quot; &gt;\}\}/);
      assert.match(html, /\{\{% notice %\}\}/);
      assert.equal(compiled.warnings.filter((warning) => /shortcode/.test(warning.rule)).length, 0);
    });

    it('a collapsed admonition is closed, its title the summary', async () => {
      const { html } = await page('{{< admonition warning "Side effects" false >}}\nNausea.\n{{< /admonition >}}\n', format);
      assert.match(html, /^<details role="note"[^>]*><summary[^>]*><span class="sr-only">Warning: <\/span>Side effects<\/summary>\s*<p>Nausea\.<\/p>\s*<\/details>$/);
    });

    it('tabs: each tab\'s content under its label, Hextra\'s labels from items', async () => {
      const { html } = await page('{{< tabs items="Adults,Children" >}}\n{{< tab >}}\nTwo tablets.\n{{< /tab >}}\n{{< tab >}}\nOne tablet.\n{{< /tab >}}\n{{< /tabs >}}\n', format);
      assert.match(html, /<p class="font-semibold">Adults<\/p>\s*<p>Two tablets\.<\/p>.*<p class="font-semibold">Children<\/p>\s*<p>One tablet\.<\/p>/s);
    });

    it('content indented under its tag is de-indented (Hugo\'s .InnerDeindent): text, not a code block; a list item keeps its own indent', async () => {
      const { html } = await page('{{< tabs >}}\n  {{< tab "A" >}}\n    Rest **well**.\n  {{< /tab >}}\n{{< /tabs >}}\n\n- item\n  {{< notice >}}\n  Inside\n  {{< /notice >}}\n', format);
      assert.match(html, /<p class="font-semibold">A<\/p>\s*<p>Rest <strong>well<\/strong>\.<\/p>/);
      assert.match(html, /<li>item\s*<div role="note"[^>]*><span class="sr-only">Note: <\/span>\s*<p>Inside<\/p>\s*<\/div>\s*<\/li>/);
    });

    it('an unknown {{< >}} pair within a line of text: its words stay in the line, as written', async () => {
      const { html, compiled } = await page('He said {{< foo >}}**not** bold {x} <b> & $5{{< /foo >}} today.\n', format);
      assert.equal(html, '<p>He said **not** bold {x} &lt;b&gt; &amp; $5 today.</p>');
      assert.match(compiled.warnings[0].message, /"foo" is not one this site knows: its content is shown as written, in its line/);
    });

    it('an unknown {{< >}} pair that holds other shortcodes keeps them working, its content as Markdown', async () => {
      const { html } = await page('{{< box >}}\n{{< mark text="Key" >}} point\n{{< /box >}}\n', format);
      assert.match(html, /<p><mark>Key<\/mark> point<\/p>/);
    });

    it('param: the front matter\'s value, or its params map\'s; a missing one is warned about', async () => {
      const { html, warnings } = await page('By {{< param author >}} for {{< param "audience" >}}.{{< param nothing >}}\n', format, { author: 'Dr Ann Lee', params: { audience: 'carers' } });
      assert.match(html, /<p>By Dr Ann Lee for carers\.<\/p>/);
      assert.deepEqual(warnings, ['1:unknown-shortcode']);
    });

    it('toc: the article\'s headings, linked, where the author put it', async () => {
      const { html } = await page('{{< toc >}}\n\n## Causes\n\ntext\n\n### In children\n\n## Treatment\n', format);
      assert.match(html, /<nav aria-label="Contents"[^>]*><p[^>]*>Contents<\/p><ol><li><a href="#causes">Causes<\/a><ol><li><a href="#in-children">In children<\/a><\/li><\/ol><\/li><li><a href="#treatment">Treatment<\/a><\/li><\/ol><\/nav>/);
    });

    it('katex (Blowfish, Congo: on its own; hugo-book: around TeX) turns typesetting on for the page', async () => {
      const { html } = await page('{{< katex >}}\n\nEnergy \\(E = mc^2\\).\n\n{{< katex >}}a^2{{< /katex >}}\n', format);
      assert.equal((html.match(/<math xmlns/g) ?? []).length, 2);
      const { html: plain } = await page('Costs $5 and $10.\n', format);
      assert.match(plain, /Costs \$5 and \$10\./, 'without it, $ is text');
    });

    it('mermaid: the diagram\'s source as written, with a note', async () => {
      const { html } = await page('{{< mermaid >}}\ngraph TD\n  A[Symptom] --> B{Fever?}\n{{< /mermaid >}}\n', format);
      assert.match(html, /<pre[^>]*>graph TD\n {2}A\[Symptom\] --&gt; B\{Fever\?\}<\/pre><figcaption[^>]*>A Mermaid diagram, shown as its source/);
    });

    it('icon and comment show nothing, without a warning; button and badge are a link and a label', async () => {
      const { html, warnings } = await page('{{< icon "github" >}} {{< button href="/posts/knee/" >}}Read **more**{{< /button >}} {{< badge >}}New{{< /badge >}}\n\n{{< comment >}}\nTODO\n{{< /comment >}}\n', format);
      assert.match(html, /^<p><a href="\/posts\/knee\/">Read <strong>more<\/strong><\/a> <small><strong>New<\/strong><\/small><\/p>$/);
      assert.deepEqual(warnings, []);
    });
  });
}

describe('theme shortcodes in .md only', () => {
  it('a details summary, an admonition title and a figure caption are inline Markdown, on the page and in the feed', async () => {
    const { html, compiled } = await page('{{< details summary="**Index**" >}}\nx\n{{< /details >}}\n\n{{< figure src="/a.png" caption="The *knee*" >}}\n\n{{< admonition tip "Rest `two` days" >}}\ny\n{{< /admonition >}}\n');
    assert.match(html, /<summary[^>]*><strong>Index<\/strong><\/summary>/);
    assert.match(html, /<p class="font-semibold"><span class="sr-only">Tip: <\/span>Rest <code>two<\/code> days<\/p>/);
    assert.match(compiled.feedHtml, /<details><summary><strong>Index<\/strong><\/summary>\s*<p>x<\/p>\s*<\/details>/);
    assert.match(compiled.feedHtml, /<blockquote><p><strong>Tip: Rest <code>two<\/code> days<\/strong><\/p>\s*<p>y<\/p>\s*<\/blockquote>/);
    assert.match(html, /<img src="\/a\.png" alt="The knee"[^>]*\/><figcaption[^>]*>The <em>knee<\/em><\/figcaption>/);
  });

  it('HTML in a caption is HTML, sanitized like any: a credit link stays a link, a script goes with a warning', async () => {
    const { html, warnings } = await page('{{< figure src="/a.png" caption="Photo by <a href=\\"https://example.org/ann\\">Ann</a><script>x()</script>" >}}\n');
    assert.match(html, /<img src="\/a\.png" alt="Photo by Ann"[^>]*\/><figcaption[^>]*>Photo by <a href="https:\/\/example\.org\/ann"[^>]*>Ann/);
    assert.doesNotMatch(html, /script|x\(\)/);
    assert.deepEqual(warnings, ['1:unsafe-html']);
  });

  it('img and carousel: the src as written reaches the image, alt from the arguments', async () => {
    const { html } = await page('{{< img "A painting" "paintings/sea.jpg" 300 >}}\n\n{{< carousel images="{a.jpg,b.jpg}" >}}\n');
    assert.match(html, /<img src="paintings\/sea\.jpg" alt="A painting" width="300"/);
    assert.match(html, /<img src="a\.jpg" alt=""\/?> <img src="b\.jpg" alt=""\/?>/);
  });

  it('Hextra file tree: a nested list of names', async () => {
    const { html } = await page('{{< filetree/container >}}\n  {{< filetree/folder name="content" >}}\n    {{< filetree/file name="_index.md" >}}\n  {{< /filetree/folder >}}\n{{< /filetree/container >}}\n');
    assert.match(html.replace(/\s+/g, ''), /<ul><li><code>content\/<\/code><ul><li><code>_index\.md<\/code><\/li><\/ul><\/li><\/ul>/);
  });
});
