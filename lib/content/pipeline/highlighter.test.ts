// Code blocks through the whole compile and the page's component map: highlighted with classes only (no
// style attribute, so the CSP holds), every class in app/code-theme.css, line numbers and marked lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { assertThemed } from './__fixtures__/themed-html';
import { CODE_THEME_CSS } from './code-theme';
import { compileBody, type CompileInput } from './compile';
import { fenceOptions } from './fence-options';
import { codeThemeStylesheet } from './highlighter';

async function page(body: string, options: Partial<CompileInput> = {}) {
  const compiled = await compileBody({ file: 'x.md', format: 'md', body, title: 'Test', ...options });
  return { html: renderToStaticMarkup(createElement(getMDXComponent(compiled.code), { components: mdxComponents })), compiled };
}

/** Each line's class and number, in order. */
function lines(html: string): string[] {
  return [...html.matchAll(/<span class="(line[^"]*)"(?: data-line="(\d+)")?>/g)].map((match) => `${match[1]}${match[2] ? `@${match[2]}` : ''}`);
}

describe('code blocks', () => {
  it('are highlighted with colour classes of both themes, in the stylesheet, and no style attribute', async () => {
    const { html, compiled } = await page('```go\n// hi\nfunc main() {}\n```\n');
    assert.match(html, /<pre class="shiki" tabindex="0"><code class="language-go"><span class="line"><span class="sl-[0-9a-f]{6} sd-[0-9a-f]{6}">\/\/ hi<\/span>/);
    assertThemed(html);
    const css = fs.readFileSync(CODE_THEME_CSS, 'utf8');
    const [, light, dark] = /class="sl-([0-9a-f]+) sd-([0-9a-f]+)">func/.exec(html) ?? [];
    assert.ok(css.includes(`.sl-${light}{--sl:#${light}}`) && css.includes(`.sd-${dark}{--sd:#${dark}}`));
    // The light colour by default, the dark one under [data-theme=dark] (color-scheme: dark, set in globals.css).
    assert.match(css, /\.shiki span\{color:light-dark\(var\(--sl\),var\(--sd\)\)\}/);
    assert.match(fs.readFileSync('app/globals.css', 'utf8'), /@import "\.\/code-theme\.css";[\s\S]*\[data-theme="dark"\] \{\s*color-scheme: dark;/);
    assert.equal(compiled.feedHtml, '<pre><code>// hi\nfunc main() {}</code></pre>', 'feeds get the plain code');
  });

  it('app/code-theme.css is what `npm run css:code` writes today', async () => {
    assert.equal(fs.readFileSync(CODE_THEME_CSS, 'utf8'), await codeThemeStylesheet(), 'run npm run css:code');
  });

  it('Hugo linenos, hl_lines and linenostart; the {2,4-5} meta; the highlight shortcode', async () => {
    const five = 'a\nb\nc\nd\ne';
    const hugo = await page('```go {linenos=table,hl_lines=[2,"4-5"]}\n' + five + '\n```\n');
    assert.match(hugo.html, /<pre class="shiki line-numbers"/);
    assert.deepEqual(lines(hugo.html), ['line@1', 'line highlighted@2', 'line@3', 'line highlighted@4', 'line highlighted@5']);
    const meta = await page('```js {2,4-5}\n' + five + '\n```\n');
    assert.deepEqual(lines(meta.html), ['line', 'line highlighted', 'line', 'line highlighted', 'line highlighted']);
    const shortcode = await page('{{< highlight go "linenos=inline,hl_lines=1,linenostart=10" >}}\nx := 1\ny := 2\n{{< /highlight >}}\n', { format: 'mdx', file: 'x.mdx' });
    assert.deepEqual(lines(shortcode.html), ['line highlighted@10', 'line@11']);
    assert.deepEqual(fenceOptions('{linenos=false hl_lines="2 4-5"}'), { lineNumbers: false, firstLine: 1, highlighted: new Set([2, 4, 5]) });
  });

  it('an unknown language is plain text, and compiles', async () => {
    const { html } = await page('```nosuchlang\nplain <b>text</b>\n```\n');
    assert.match(html, /<code class="language-nosuchlang"><span class="line"><span>plain &lt;b&gt;text&lt;\/b&gt;<\/span><\/span><\/code>/);
  });

  it('disableHLJS keeps blocks plain', async () => {
    const { html } = await page('```go\nfunc main() {}\n```\n', { disableHljs: true });
    assert.match(html, /<pre><code class="language-go">func main\(\) \{\}\n<\/code><\/pre>/);
  });

  it('has a copy button with its accessible name, hidden until the browser can copy', async () => {
    const { html } = await page('```\nx\n```\n');
    assert.match(html, /<div class="code-block relative"><pre[^>]*>[\s\S]*<\/pre><button type="button" hidden=""[^>]*><span aria-live="polite">Copy code<\/span><\/button><\/div>/);
  });

  it('a body without code never creates the highlighter', async () => {
    const { html } = await page('Just text.\n');
    assert.equal(html, '<p>Just text.</p>');
  });
});
