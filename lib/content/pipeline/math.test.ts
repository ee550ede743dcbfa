// Math through the whole compile: KaTeX's MathML (no style attribute, no script) for every delimiter Hugo
// sites write, only when math is on; `$` in prose stays text when it is off.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../components/mdx';
import { compileBody } from './compile';
import { texDelimitersToDollars } from './math-delimiters';

async function page(body: string, math: boolean, format: 'md' | 'mdx' = 'md') {
  const compiled = await compileBody({ file: `x.${format}`, format, body, title: 'Test', math });
  const html = renderToStaticMarkup(createElement(getMDXComponent(compiled.code), { components: mdxComponents }));
  assert.doesNotMatch(html, /<[a-z][^>]*\sstyle=/i, 'no inline style');
  return { html, compiled };
}

/** Each formula's TeX and whether it is display math, in order. */
function formulas(html: string): string[] {
  return [...html.matchAll(/<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"( display="block")?>[\s\S]*?<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((match) => `${match[1] ? 'display' : 'inline'}:${match[2]}`);
}

describe('math', () => {
  for (const format of ['md', 'mdx'] as const) {
    it(`$…$, $$…$$ and \\(…\\), \\[…\\] as MathML in .${format}`, async () => {
      const { html } = await page('Inline $a_1 * b_2$, $$E=mc^2$$, \\(x^2\\) and \\[y\\].\n\n$$\n\\frac{1}{2}\n$$\n', true, format);
      assert.deepEqual(formulas(html), ['inline:a_1 * b_2', 'display:E=mc^2', 'inline:x^2', 'display:y', 'display:\\frac{1}{2}']);
    });
  }

  it('the doubled \\\\( of sites without passthrough, and delimiters in raw HTML', async () => {
    const { html } = await page('Doubled \\\\(z\\\\).\n\n<p>\nraw \\(\\varphi\\) and $$w$$\n</p>\n', true);
    assert.deepEqual(formulas(html), ['inline:z', 'inline:\\varphi', 'display:w']);
  });

  it("PaperMod's math.inline shortcode: its inner TeX, the Go template actions dropped", async () => {
    const { html, compiled } = await page('{{< math.inline >}}\n{{ if .Page.Params.math }}\n<p>\nInline math: \\(\\varphi = \\dfrac{1+\\sqrt5}{2}\\)\n</p>\n{{ end }}\n{{</ math.inline >}}\n', true);
    assert.deepEqual(formulas(html), ['inline:\\varphi = \\dfrac{1+\\sqrt5}{2}']);
    assert.doesNotMatch(html, /\{\{/);
    assert.equal(compiled.warnings.length, 0);
  });

  it('never in code; a lone escaped paren stays a paren', async () => {
    const { html } = await page('Code `$k$` and `\\(k\\)`.\n\n```\n\\(not math\\) $x$\n```\n\nAn escaped \\( paren.\n', true);
    assert.deepEqual(formulas(html), []);
    assert.match(html, /<code>\$k\$<\/code> and <code>\\\(k\\\)<\/code>/);
    assert.match(html, /An escaped \( paren\./);
  });

  it('off (the default): $5 and $10 stay text, and so does every delimiter', async () => {
    const { html } = await page('Costs $5 and $10. Also $x$ and \\\\(y\\\\).\n', false);
    assert.equal(html, '<p>Costs $5 and $10. Also $x$ and \\(y\\).</p>');
  });

  it('TeX KaTeX cannot read is a warning, shown as written without inline style', async () => {
    const { html, compiled } = await page('Bad $\\frac{$ here.\n', true);
    assert.match(html, /class="katex-error"/);
    assert.deepEqual(compiled.warnings.map((warning) => warning.rule), ['math-error']);
  });

  it('the pre-pass keeps lines and leaves fences alone', () => {
    const source = 'a \\(x\\)\n```\n\\(y\\)\n```\n\\[\nz\n\\]';
    assert.equal(texDelimitersToDollars(source), 'a $x$\n```\n\\(y\\)\n```\n$$\nz\n$$');
    assert.equal(texDelimitersToDollars('$$a$$$$b$$'), '$$a$$ $$b$$', 'two formulas end to end');
  });
});
