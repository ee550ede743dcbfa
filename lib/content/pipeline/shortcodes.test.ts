import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import type { CompiledBody } from '../article';
import { compileBody } from './compile';
import { refKey, type RefTable } from './refs';
import { expandShortcodes, parseShortcodeArguments } from './shortcodes';

/** The body as the article page renders it, with the site's component map. */
function render(body: Pick<CompiledBody, 'code'>): string {
  return renderToStaticMarkup(createElement(getMDXComponent(body.code), { components: mdxComponents }));
}

const REFS: RefTable = new Map([
  [refKey('other-post'), { url: '/posts/other-post/', file: 'content/posts/other-post.md', public: true }],
  [refKey('posts/other-post'), { url: '/posts/other-post/', file: 'content/posts/other-post.md', public: true }],
  [refKey('draft-post'), { url: '/posts/draft-post/', file: 'content/posts/draft-post.md', public: false }],
]);

const compile = (body: string, format: 'md' | 'mdx' = 'md') => compileBody({ file: `x.${format}`, format, body, title: 'Test', refs: REFS, isPublic: true });

async function page(body: string, format: 'md' | 'mdx' = 'md') {
  const compiled = await compile(body, format);
  const html = render(compiled);
  assert.doesNotMatch(html, /\{\{[<%]/, 'no shortcode syntax on the page');
  return { html, compiled };
}

describe('shortcode arguments', () => {
  it('reads positional and named arguments, quoted with escapes, across lines', () => {
    assert.deepEqual(parseShortcodeArguments(' go "linenos=table,hl_lines=2 4-5"'), { positional: ['go', 'linenos=table,hl_lines=2 4-5'], named: {} });
    assert.deepEqual(parseShortcodeArguments(' src="a.png"\n  caption="say \\"hi\\"" width=300'), { positional: [], named: { src: 'a.png', caption: 'say "hi"', width: '300' } });
  });

  it('keeps the line count, so later lines keep their numbers', () => {
    const body = 'a\n{{< figure src="a.png"\n  alt="A"\n  caption="C" >}}\nb\n{{% notice tip %}}\nx\n{{% /notice %}}\n{{< unknown\n  a=1 >}}\nlast';
    for (const format of ['md', 'mdx'] as const) {
      const { source } = expandShortcodes(body, { format });
      assert.equal(source.split('\n').length, body.split('\n').length, format);
      assert.equal(source.split('\n').at(-1), 'last');
    }
  });
});

for (const format of ['md', 'mdx'] as const) {
  describe(`shortcodes in .${format}`, () => {
    it('youtube and vimeo: the privacy facade, named or positional id', async () => {
      const { html } = await page('{{< youtube id="dQw4w9WgXcQ" title="Knee exercises" >}}\n\n{{< vimeo 76979871 >}}\n', format);
      assert.match(html, /aria-label="Play video: Knee exercises"/);
      assert.match(html, /Plays from youtube-nocookie\.com/);
      assert.match(html, /aria-label="Play video: Test"/, 'a video without a title is named by the article');
      assert.match(html, /Plays from player\.vimeo\.com/);
      assert.doesNotMatch(html, /<iframe/, 'nothing loads before the reader asks');
    });

    it('x, tweet, twitter, instagram and gist: plain links with accessible names, no scripts', async () => {
      const { html } = await page(
        '{{< x user="SanDiegoZoo" id="1453110110599868418" >}}\n\n{{< tweet 1463822670131351555 >}}\n\n{{< twitter dhh 1 >}}\n\n{{< instagram CxOWiQNP2MO >}}\n\n{{< gist spf13 7896402 "img.html" >}}\n',
        format,
      );
      assert.match(html, /href="https:\/\/x\.com\/SanDiegoZoo\/status\/1453110110599868418"[^>]*><span[^>]*>Post by @SanDiegoZoo on X<\/span>/);
      assert.match(html, /href="https:\/\/x\.com\/i\/status\/1463822670131351555"/);
      assert.match(html, /href="https:\/\/x\.com\/dhh\/status\/1"/);
      assert.match(html, /href="https:\/\/www\.instagram\.com\/p\/CxOWiQNP2MO\/"[^>]*><span[^>]*>Post on Instagram/);
      assert.match(html, /href="https:\/\/gist\.github\.com\/spf13\/7896402#file-img-html"[^>]*><span[^>]*>img\.html in a gist by spf13 on GitHub/);
      assert.doesNotMatch(html, /<script|<iframe|platform\.twitter|gist\.github\.com\/[^"]*\.js/);
    });

    it('figure: image, link, size, title, caption and attribution', async () => {
      const { html } = await page(
        '{{< figure src="/img/knee.png" alt="A knee" title="The knee" caption="Bones of the knee" link="https://example.org/big.png" width="300" height="200" attr="Wikimedia" attrlink="https://commons.wikimedia.org/" >}}\n',
        format,
      );
      assert.match(html, /<figure[^>]*><a href="https:\/\/example\.org\/big\.png"><img src="\/img\/knee\.png" alt="A knee" width="300" height="200"/);
      assert.match(html, /<figcaption[^>]*><strong[^>]*>The knee<\/strong>Bones of the knee <a href="https:\/\/commons\.wikimedia\.org\/">Wikimedia<\/a><\/figcaption>/);
    });

    it('notice, hint, alert, admonition, note, tip, warning: one callout, its kind announced', async () => {
      const body = [
        '{{% notice warning "Before you exercise" %}}\nAsk your **doctor**.\n{{% /notice %}}',
        '{{< hint info >}}\nDrink water.\n{{< /hint >}}',
        '{{< admonition type="tip" title="Sleep" >}}\nKeep a routine.\n{{< /admonition >}}',
        '{{< alert class="danger" >}}\nCall 911.\n{{< /alert >}}',
        '{{< note >}}\nA note.\n{{< /note >}}',
        '{{% tip %}}\nA tip.\n{{% /tip %}}',
        '{{< warning "Heads up" >}}\nA warning.\n{{< /warning >}}',
        '{{< callout kind="important" >}}\nImportant.\n{{< /callout >}}',
      ].join('\n\n');
      const { html } = await page(`${body}\n`, format);
      const notes = html.split('role="note"').slice(1);
      assert.equal(notes.length, 8);
      const announced = notes.map((note) => /<span class="sr-only">(\w+): <\/span>/.exec(note)?.[1]);
      assert.deepEqual(announced, ['Warning', 'Note', 'Tip', 'Caution', 'Note', 'Tip', 'Warning', 'Important']);
      assert.match(notes[0], /Before you exercise<\/p>\s*<p>Ask your <strong>doctor<\/strong>\.<\/p>/, 'inner Markdown is rendered');
      assert.match(notes[2], /Sleep<\/p>/);
      assert.match(notes[6], /Heads up<\/p>/);
    });

    it('details: summary and open, inner Markdown', async () => {
      const { html } = await page('{{< details summary="Side effects" open=true >}}\nMostly *mild*.\n{{< /details >}}\n\n{{% details summary="Closed" %}}\nx\n{{% /details %}}\n', format);
      assert.match(html, /<details open=""[^>]*><summary[^>]*>Side effects<\/summary>\s*<p>Mostly <em>mild<\/em>\.<\/p>\s*<\/details>/);
      assert.match(html, /<details class[^>]*><summary[^>]*>Closed<\/summary>/);
    });

    it('highlight: a fenced code block with its language; linenos and hl_lines kept in the fence meta', async () => {
      const body = '{{< highlight go "linenos=table,hl_lines=2 4-5" >}}\nfmt.Println("<b>")\n{{< /highlight >}}\n';
      assert.match(expandShortcodes(body, { format }).source, /^```go \{linenos=table,hl_lines=\[2,"4-5"\]\}\n/);
      assert.match(expandShortcodes('{{< highlight html linenos=true hl_lines=2 >}}\nx\n{{< /highlight >}}', { format }).source, /^```html \{linenos=true,hl_lines=\[2\]\}\n/);
      const { html } = await page(body, format);
      assert.match(html, /<pre class="shiki line-numbers" tabindex="0"><code class="language-go"><span class="line" data-line="1">/);
      assert.match(html, /&quot;&lt;b&gt;&quot;/, 'the code is text');
    });

    it('ref and relref: the target article\'s URL, by file, name or path, with its fragment', async () => {
      const { html, compiled } = await page('[a]({{< ref "other-post.md" >}}) [b]({{< relref "other-post" >}}) [c]({{< ref "/posts/other-post#causes" >}})\n', format);
      assert.match(html, /<a href="\/posts\/other-post\/">a<\/a> <a href="\/posts\/other-post\/">b<\/a> <a href="\/posts\/other-post\/#causes">c<\/a>/);
      assert.deepEqual(compiled.refs.map((ref) => ref.url), ['/posts/other-post/', '/posts/other-post/', '/posts/other-post/#causes']);
    });

    it('ref to no article, or to a draft, fails with the file and line', async () => {
      await assert.rejects(compile('Intro\n\nSee [it]({{< ref "missing-post.md" >}}).\n', format), new RegExp(`x\\.${format}:3:10: error: \\{\\{< ref "missing-post\\.md" >\\}\\} names no article of this site`));
      await assert.rejects(compile('[it]({{< ref "draft-post" >}})\n', format), /x\.\w+:1:6: error: .*links to content\/posts\/draft-post\.md, which is a draft/);
    });

    it('rawhtml: its HTML as raw HTML, through the sanitizer', async () => {
      const { html, compiled } = await page('{{< rawhtml >}}\n<p class="x">Raw <b>bold</b></p><script>alert(1)</script>\n{{< /rawhtml >}}\n', format === 'md' ? 'md' : 'md');
      assert.match(html, /<p>Raw <b>bold<\/b><\/p>/);
      assert.doesNotMatch(html, /script|alert/);
      assert.ok(compiled.warnings.some((warning) => warning.rule === 'unsafe-html'));
    });

    it('an unknown shortcode: a warning with its line and theme; {{% %}} content stays Markdown, {{< >}} content is shown as written', async () => {
      const { html, compiled } = await page('Intro\n\n{{% principle-box style="blue" %}}Mandatory **step**{{% /principle-box %}}\n\n{{< series-toc >}}\n\n{{< jupyter >}}\n# a comment\n---\nkey: 1\n{{< /jupyter >}}\n', format);
      assert.match(html, /<p>Mandatory <strong>step<\/strong><\/p>/);
      assert.match(html, /<pre[^>]*># a comment\n---\nkey: 1<\/pre>/, 'a {{< >}} content is text: no heading, no rule');
      assert.doesNotMatch(html, /<h1|<hr/);
      assert.deepEqual(
        compiled.warnings.filter((warning) => warning.rule === 'unknown-shortcode').map((warning) => `${warning.line}:${warning.column}:${warning.message.split(':')[0]}`),
        [
          `3:1:the shortcode "principle-box" is not one this site knows (it comes from a site's own layouts, beside PaperMod)`,
          '5:1:the shortcode "series-toc" is not one this site knows',
          '7:1:the shortcode "jupyter" is not one this site knows (it comes from the Hextra theme)',
        ],
      );
    });

    it('unclosed and stray shortcodes: warned, their syntax dropped, never a crash', async () => {
      const { html, compiled } = await page('{{< notice info >}}\nNever closed.\n\nText {{< /details >}} more.\n', format);
      assert.match(html, /Never closed\./);
      assert.match(html, /Text\s+more\./);
      assert.deepEqual(compiled.warnings.filter((warning) => warning.rule === 'unclosed-shortcode').map((warning) => warning.line), [1, 4]);
    });

    it('escaped shortcodes show as written, in code blocks and in text', async () => {
      const { compiled } = await compile.bind(null)('```\n{{</* figure src="a.png" */>}}\n```\n', format).then((c) => ({ compiled: c }));
      assert.match(render(compiled), /\{\{&lt; figure src=&quot;a\.png&quot; &gt;\}\}/);
    });
  });
}

describe('shortcodes written as JSX in .mdx', () => {
  it('renders the same components', async () => {
    const { html } = await page(
      '<Figure src="/a.png" alt="A" caption="Cap" />\n\n<Callout kind="warning" title="Careful">\nBody\n</Callout>\n\n<Details summary="More">\nx\n</Details>\n\n<Vimeo id="1" />\n\n<Tweet user="a" id="2" />\n\n<Instagram id="3" />\n\n<Gist user="u" id="4" />\n',
      'mdx',
    );
    assert.match(html, /<figcaption[^>]*>Cap<\/figcaption>/);
    assert.match(html, /<span class="sr-only">Warning: <\/span>Careful/);
    assert.match(html, /<summary[^>]*>More<\/summary>/);
    assert.match(html, /Plays from player\.vimeo\.com/);
    assert.match(html, /x\.com\/a\/status\/2/);
    assert.match(html, /instagram\.com\/p\/3\//);
    assert.match(html, /gist\.github\.com\/u\/4/);
  });

  it('a component written mid-paragraph splits the paragraph (no block inside a <p>)', async () => {
    const { html } = await page('Before <Tweet user="a" id="2" /> after.\n', 'mdx');
    assert.match(html, /^<p>Before<\/p><p class="not-prose my-6"><a[^]*<\/p><p>after\.<\/p>$/);
  });
});

describe('the feed form of each component', () => {
  it('is plain HTML: links for videos and posts, a figure, a details, a quote for a callout', async () => {
    const compiled = await compile('{{< vimeo 5 >}}\n\n{{< gist u 4 >}}\n\n{{< figure src="/a.png" alt="A" caption="Cap" >}}\n\n{{% note %}}\nN\n{{% /note %}}\n\n{{< details summary="S" >}}\nD\n{{< /details >}}\n');
    assert.match(compiled.feedHtml, /<a href="https:\/\/vimeo\.com\/5">Test \(watch on Vimeo\)<\/a>/);
    assert.match(compiled.feedHtml, /<a href="https:\/\/gist\.github\.com\/u\/4">A gist by u on GitHub<\/a>/);
    assert.match(compiled.feedHtml, /<figure><img src="\/a\.png" alt="A"><figcaption>Cap<\/figcaption><\/figure>/);
    assert.match(compiled.feedHtml, /<blockquote><p><strong>Note:<\/strong><\/p>\s*<p>N<\/p>\s*<\/blockquote>/);
    assert.match(compiled.feedHtml, /<details><summary>S<\/summary>\s*<p>D<\/p>\s*<\/details>/);
  });
});
