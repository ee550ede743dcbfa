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

  it('$$…$$ that closes on the line of its last token ends there: the heading, code and text after it stay themselves', async () => {
    const body = 'Intro.\n\n$$\n\\begin{array}{c}\na \\\\\nb\n\\end{array} $$\n\n## After\n\n```\ncode\n```\n\nText.\n';
    const { html, compiled } = await page(body, true);
    assert.deepEqual(formulas(html), ['display:\\begin{array}{c}\na \\\\\nb\n\\end{array}']);
    assert.match(html, /<h2[^>]*>After<\/h2>/);
    assert.match(html, /<pre[^>]*><code>.*code<\/span>/);
    assert.match(html, /<p>Text\.<\/p>/);
    assert.deepEqual(compiled.warnings, []);
  });

  it('TeX on the opening $$ line is kept (remark-math would read it as the fence\'s meta and drop it)', async () => {
    const { html, compiled } = await page('$$\\begin{array}{c}\na\n\\end{array} $$\nNext line.\n', true);
    assert.deepEqual(formulas(html), ['display:\\begin{array}{c}\na \\end{array}']);
    assert.match(html, /Next line\./);
    assert.deepEqual(compiled.warnings, []);
  });

  it('a TeX error stays in its own formula, and its warning points at that formula\'s line', async () => {
    const { html, compiled } = await page('Intro.\n\n$$\n\\badcommand{x} $$\n\n## Next\n\nGood $y$.\n\n$$\n\\frac{1\n$$\n', true);
    assert.deepEqual(compiled.warnings.map((warning) => `${warning.line}:${warning.rule}`), ['3:math-error', '10:math-error']);
    assert.match(html, /<h2[^>]*>Next<\/h2>/);
    assert.ok(formulas(html).includes('inline:y'));
  });

  it('the closing pre-pass keeps every line after the formula where it was', () => {
    assert.equal(texDelimitersToDollars('$$\na\nb $$\n\nafter'), '$$\na\nb\n$$\nafter', 'the blank line after takes the $$');
    assert.equal(texDelimitersToDollars('$$\na\nb $$\nafter'), '$$\na b\n$$\nafter', 'else the line before takes the TeX');
    assert.equal(texDelimitersToDollars('$$\na % note\nb $$\nafter'), '$$\na b\n$$\nafter', 'a TeX comment (never shown) gives way');
    assert.equal(texDelimitersToDollars('$$\nx $$\nafter'), '$$ x $$\n\nafter', 'one line of TeX: the formula on one line');
    assert.equal(texDelimitersToDollars('```\n$$\nx $$\n```'), '```\n$$\nx $$\n```', 'never in code');
    assert.equal(texDelimitersToDollars('$$\nx\n$$\ny $$'), '$$\nx\n$$\ny $$', 'a closed block is left alone');
  });
});
