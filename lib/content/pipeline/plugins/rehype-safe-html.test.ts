import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../../components/mdx';

// The component map without its image element, which swaps remote images for our stored copies (or their
// alt text), and its link element, which marks links to other sites: these tests look at the markup the
// sanitizer kept.
const { img: _storedImages, a: _externalLinks, ...sanitizedView } = mdxComponents;
import type { CompiledBody } from '../../article';
import { compileBody } from '../compile';
import { formatWarning } from '../errors';
import { readArticleFile } from '../files';
import { loadArticle } from '../load-article';
import { isRemoval } from './warn';

const HOSTILE = 'lib/content/pipeline/__fixtures__/hostile';
const CORPUS = '../shared/corpus';

/** The body as the article page renders it, with the site's component map. */
function render(body: Pick<CompiledBody, 'code'>): string {
  return renderToStaticMarkup(createElement(getMDXComponent(body.code), { components: sanitizedView }));
}

const compile = (body: string, format: 'md' | 'mdx' = 'md') => compileBody({ file: `x.${format}`, format, body, title: 'Test' });

/** The warnings as `line:rule:start of the message`, to compare whole lists at once. */
const summarise = (body: Pick<CompiledBody, 'warnings'>) => body.warnings.filter(isRemoval).map((w) => `${w.line}:${w.rule}:${w.message.replace(/ \(.*$/, '')}`);

describe('raw HTML in .md, made inert', async () => {
  const article = await loadArticle(await readArticleFile(`${HOSTILE}/unsafe-html.md`));
  const html = render(article);

  it('renders none of the script, handlers, javascript:, vbscript: or data: links, embeds, head or form elements', () => {
    assert.doesNotMatch(html, /<script|<style|alert|msgbox|<iframe|<object|<embed|<base|<meta|<form|<input|<button|\son\w+=/i);
    assert.doesNotMatch(html, /(href|src)="\s*(javascript|vbscript|data:text|data:image\/svg)/i);
    assert.doesNotMatch(html, /position|url\(|fixed|inset-0/);
  });

  it('keeps the text around what it removed, safe links, a data: PNG and the safe part of a style', () => {
    assert.match(html, /<p>Handlers are removed, the text stays\.<\/p>/);
    assert.match(html, /<a>entity-encoded<\/a>/, 'the link text stays, without its href');
    assert.match(html, /<a href="https:\/\/example\.org\/safe" title="Safe">a safe link<\/a>/);
    assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="Inline PNG" width="10" height="10"\/>/);
    assert.match(html, /<img alt="Inline SVG"\/>/, 'an SVG data: image loses its src');
    assert.match(html, /<div style="color:red">Styled<\/div>/);
    assert.match(html, /<a href="https:\/\/evil\.example\/frame" rel="noopener noreferrer">Open the embedded content from evil\.example<\/a>/);
    assert.match(html, /Your email/);
    assert.match(html, /<details><summary>More<\/summary>Kept\.<\/details>/);
  });

  it('reports each removal with its line, rule and reason', () => {
    assert.deepEqual(summarise(article), [
      '5:unsafe-html:removed <script>',
      '7:unsafe-html:removed <style>',
      '9:unsafe-html:removed the onclick attribute of <p>',
      '9:unsafe-html:removed the onmouseover attribute of <p>',
      `11:unsafe-url:removed href="javascript:alert('entity')" from <a>`,
      `12:unsafe-url:removed href="JaVaScRiPt:alert('case')" from <a>`,
      `13:unsafe-url:removed href="java\\tscript:alert('tab')" from <a>`,
      `14:unsafe-url:removed href="javascript:alert('decimal')" from <a>`,
      `15:unsafe-url:removed href="  javascript:alert('spaces')" from <a>`,
      `16:unsafe-url:removed href="vbscript:msgbox('vb')" from <a>`,
      '17:unsafe-url:removed href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" from <a>',
      `18:unsafe-url:removed href="javascript:alert('markdown')" from <a>`,
      '22:unsafe-url:removed src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" from <img>',
      '24:external-embed:replaced the <iframe> from evil.example with a link to it',
      '26:unsafe-html:removed <object>',
      '27:unsafe-html:removed <embed>',
      '28:unsafe-html:removed <base>',
      '29:unsafe-html:removed <meta>',
      '31:unsafe-html:removed <form> around its content',
      '31:unsupported-html:removed <label> around its content',
      '31:unsafe-html:removed <input>',
      '31:unsafe-html:removed <button>',
      '33:unsafe-style:removed "position: fixed" from the style of <div>',
      '33:unsafe-style:removed "top: 0" from the style of <div>',
      '33:unsafe-style:removed "background: url(https://evil.example/track.png)" from the style of <div>',
      '33:unsupported-html:removed class="fixed inset-0" from <div>',
    ]);
    assert.equal(
      formatWarning({ file: article.file, ...article.warnings.filter(isRemoval)[0] }),
      `${HOSTILE}/unsafe-html.md:5:1: warning: removed <script> (scripts from articles never run; embed a video with its URL instead) [unsafe-html]`,
    );
  });
});

describe('what editors write stays', () => {
  it('keeps center (as a centred div), details, tables with spans and alignment, figures, images, kbd, sup, sub, mark, abbr, dl, br, hr', async () => {
    const markup = [
      '<center>Centred</center>',
      '<details open><summary>Sum</summary>Body</details>',
      '<table><tr><th align="left" colspan="2">H</th></tr><tr><td rowspan="2" align="center">C</td><td>D</td></tr></table>',
      '<figure><img src="/a.png" alt="A" title="T" width="200" height="100" loading="lazy"><figcaption>Cap</figcaption></figure>',
      '<p><kbd>Ctrl</kbd> x<sup>2</sup> H<sub>2</sub>O <mark>marked</mark> <abbr title="deep vein thrombosis">DVT</abbr><br>next</p>',
      '<dl><dt>Term</dt><dd>Definition</dd></dl>',
      '<hr>',
      '<div id="risk-factors" style="text-align: center; max-width: 40em; margin: 0 auto; padding: 1em; border: 1px solid #ccc; font-weight: bold; background-color: #fee">Box</div>',
    ].join('\n\n');
    const body = await compile(`${markup}\n`);
    assert.deepEqual(body.warnings.filter(isRemoval), []);
    const html = render(body);
    for (const kept of [
      '<div style="text-align:center">Centred</div>',
      '<details open=""><summary>Sum</summary>Body</details>',
      // MDX writes a cell's align as its style, as React wants.
      '<th colSpan="2" style="text-align:left">H</th>',
      '<td rowSpan="2" style="text-align:center">C</td>',
      '<figure><img src="/a.png" alt="A" title="T" width="200" height="100" loading="lazy"/><figcaption>Cap</figcaption></figure>',
      '<kbd>Ctrl</kbd>',
      '<sup>2</sup>',
      '<sub>2</sub>',
      '<mark>marked</mark>',
      '<abbr title="deep vein thrombosis">DVT</abbr><br/>',
      '<dl><dt>Term</dt><dd>Definition</dd></dl>',
      '<hr/>',
      '<div id="risk-factors" style="text-align:center;max-width:40em;margin:0 auto;padding:1em;border:1px solid #ccc;font-weight:bold;background-color:#fee">Box</div>',
    ]) {
      assert.ok(html.includes(kept), `${kept} in ${html}`);
    }
  });

  it('keeps heading and footnote ids as written (no user-content- prefix added), task lists and code languages', async () => {
    const body = await compile('<h2 id="why">Why</h2>\n\n## Plain heading\n\nText[^1].\n\n- [x] done\n\n```js\nx\n```\n\n[^1]: A note.\n');
    assert.deepEqual(body.warnings.filter(isRemoval), []);
    const html = render(body);
    assert.match(html, /<h2 id="why">Why<\/h2>/);
    assert.match(html, /<h2 id="plain-heading">Plain heading<\/h2>/);
    assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label" aria-label="Source 1">1<\/a>/);
    assert.match(html, /<li id="user-content-fn-1">/);
    // The footnotes are the article's visible "Sources" section (rehype-sources).
    assert.match(html, /<section data-footnotes="" class="footnotes" aria-labelledby="footnote-label"><h2 id="footnote-label">Sources/);
    assert.match(html, /<ul class="contains-task-list">\s*<li class="task-list-item"><input type="checkbox" disabled="" checked=""\/> done/);
    assert.match(html, /<code class="language-js">/);
  });

  it('removes ids the page uses, or that could shadow its scripts’ globals', async () => {
    const body = await compile('<p id="main-content">A</p>\n\n<p id="__next_f">B</p>\n');
    assert.deepEqual(summarise(body), ['1:unsafe-html:removed id="main-content" from <p>', '3:unsafe-html:removed id="__next_f" from <p>']);
  });

  it('unwraps table parts outside a table (possible in .mdx), as rehype-sanitize would, and says so', async () => {
    const body = await compile('<td>Cell</td> and <table><tbody><tr><td>Kept</td></tr></tbody></table>\n', 'mdx');
    assert.deepEqual(summarise(body), ['1:unsupported-html:removed <td> around its content']);
    assert.equal(render(body), '<p>Cell and <table><tbody><tr><td>Kept</td></tr></tbody></table></p>');
  });

  it('writes kept URLs as the browser reads them', async () => {
    const body = await compile('<a href="HTTPS://example.org/A">a</a> <img src=" https://example.org/b.png" alt="b"> <a href="week 1: rest.html">c</a>\n');
    assert.deepEqual(body.warnings.filter(isRemoval), []);
    // (React adds a preload <link> for the image before the paragraph.)
    assert.ok(render(body).endsWith('<p><a href="https://example.org/A">a</a> <img src="https://example.org/b.png" alt="b"/> <a href="./week 1: rest.html">c</a></p>'));
  });

  it('unwraps elements it does not know, keeping their text, and says so', async () => {
    const body = await compile('<blah>Old</blah> and <foo-bar>new</foo-bar>\n');
    assert.deepEqual(summarise(body), ['1:unsupported-html:removed <blah> around its content', '1:unsupported-html:removed <foo-bar> around its content']);
    assert.equal(render(body), '<p>Old and new</p>');
  });

  it('writes obsolete elements as their modern equivalents, without a warning', async () => {
    const body = await compile('<font color="red" size="5">Old</font> and <marquee>moving</marquee>\n');
    assert.deepEqual(summarise(body), []);
    assert.equal(render(body), '<p><span style="color:red;font-size:x-large">Old</span> and <span>moving</span></p>');
  });
});

describe('plain JSX in .mdx: the same rules, the same warnings', async () => {
  const article = await loadArticle(await readArticleFile(`${HOSTILE}/unsafe-jsx.mdx`));
  const html = render(article);

  it('renders no script, handler, javascript: URL, foreign iframe, class or unsafe style', () => {
    assert.doesNotMatch(html, /<script|alert|javascript|<iframe|onclick|fixed|inset-0|position|url\(|margin/i);
    assert.match(html, /<div style="color:red;font-weight:700">Styled<\/div>/);
    assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="Inline PNG" width="10"\/>/);
    assert.match(html, /<div role="note"[^>]*><p class="font-semibold">Kept<\/p>A component of ours\.<\/div>/);
    assert.doesNotMatch(html, /Bad video/, 'a <Video> whose src is unsafe is removed whole');
  });

  it('reports each removal with its line and rule', () => {
    assert.deepEqual(summarise(article), [
      '5:unsafe-html:removed <script>',
      '7:external-embed:replaced the <iframe> from evil.example with a link to it',
      `9:unsafe-url:removed href="javascript:alert('entity')" from <a>`,
      '9:unsafe-url:removed href="JaVaScRiPt:alert(1)" from <a>',
      '11:unsafe-html:removed the onclick attribute of <p>',
      '11:unsupported-html:removed class="fixed inset-0" from <p>',
      '13:unsafe-style:removed "position: fixed" from the style of <div>',
      `13:unsafe-style:removed "background-image: url('https://evil.example/t.png')" from the style of <div>`,
      '13:unsafe-style:removed "margin-top: -200px" from the style of <div>',
      `17:unsafe-url:removed <Video src="javascript:alert('video')">`,
    ]);
  });
});

describe('the real Hugo corpus', { skip: !fs.existsSync(CORPUS) && `${CORPUS} is not here` }, () => {
  // What these posts hold that an article may not: head elements, scripts, style sheets and embeds.
  const REMOVABLE = new Set(['script', 'style', 'link', 'iframe']);

  // rehype-sanitize-article.test.ts shows the same for the seed and the hostile fixtures.
  it('compiles every post, removes no element that editors may use, and leaves rehype-sanitize nothing to remove', async () => {
    const files = fs.readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.ok(files.length >= 25, `${files.length} posts`);
    for (const name of files) {
      const article = await loadArticle(await readArticleFile(path.join(CORPUS, name)));
      for (const warning of article.warnings.filter(isRemoval)) {
        // The enforcing pass says so when it removes what the first check kept: markup lost without a warning.
        assert.doesNotMatch(warning.message, /a gap in rehype-safe-html/, `${name}: ${warning.message}`);
        const element = /^(removed|replaced the) <(\w+)>/.exec(warning.message)?.[2];
        if (element) assert.ok(REMOVABLE.has(element), `${name}:${warning.line}: ${warning.message}`);
        else assert.match(warning.message, /^removed (class=|tag=)/, `${name}:${warning.line}: ${warning.message}`);
      }
    }
  });
});
