import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../../components/mdx';
import type { CompiledBody, Source } from '../../article';
import { compileBody } from '../compile';
import { ContentError } from '../errors';

/** The body as the article page renders it, with the site's whole component map. */
const render = (body: Pick<CompiledBody, 'code'>) => renderToStaticMarkup(createElement(getMDXComponent(body.code), { components: mdxComponents }));
const compile = (body: string, format: 'md' | 'mdx' = 'md', sources: Source[] = []) => compileBody({ file: `x.${format}`, format, body, title: 'Test', sources });

const SOURCE: Source = { title: 'Chest pain', url: 'https://www.bhf.org.uk/chest-pain', publisher: 'BHF', date: '2024-02-01' };

/** Every in-page link's target, and whether an element has that id. */
function inPageLinks(html: string): { href: string; found: boolean }[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  return [...html.matchAll(/href="#([^"]+)"/g)].map((match) => ({ href: match[1], found: ids.has(match[1]) }));
}

describe('sources: footnotes and the front matter list', () => {
  it('renders footnotes as a "Sources" section whose links resolve, with accessible names both ways', async () => {
    const html = render(await compile('Rest helps.[^1] So does water.[^b]\n\n[^1]: NHS, [Back pain](https://www.nhs.uk/conditions/back-pain/).\n[^b]: A book.\n'));
    assert.match(html, /<section data-footnotes="" class="footnotes" aria-labelledby="footnote-label"><h2 id="footnote-label">Sources<\/h2>/);
    assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label" aria-label="Source 1">1<\/a>/);
    assert.match(html, /<a href="#user-content-fn-b" id="user-content-fnref-b" [^>]*aria-label="Source 2">2<\/a>/);
    assert.match(html, /<a href="#user-content-fnref-1" data-footnote-backref="" aria-label="Back to reference 1"/);
    assert.match(html, /<a href="#user-content-fnref-b" data-footnote-backref="" aria-label="Back to reference 2"/);
    const links = inPageLinks(html);
    assert.equal(links.length, 4);
    assert.deepEqual(links.filter((link) => !link.found), [], 'every footnote link finds its target (ids kept unprefixed by the sanitizer)');
  });

  it('lists the front matter sources after the footnotes, numbered on', async () => {
    const body = await compile('Text.[^1]\n\n[^1]: A note.\n', 'md', [SOURCE, { title: 'A leaflet', url: '', publisher: '', date: 'March 2024' }]);
    const html = render(body);
    assert.match(html, /<li id="user-content-fn-1">[\s\S]*<\/li>\n<li id="source-1"><p><a href="https:\/\/www\.bhf\.org\.uk\/chest-pain" rel="noopener noreferrer">Chest pain<svg[^>]*>[\s\S]*?<\/svg><span class="sr-only"> \(external site\)<\/span><\/a>\. BHF, <time dateTime="2024-02-01">1 February 2024<\/time>\.<\/p><\/li><li id="source-2"><p>A leaflet\. March 2024\.<\/p><\/li><\/ol>/);
    assert.equal((html.match(/<ol>/g) ?? []).length, 1, 'one numbered list');
    assert.match(body.feedHtml, /Chest pain<\/a>\. BHF/, 'feeds show them too');
  });

  it('makes the front matter sources the section when there are no footnotes, in both formats', async () => {
    for (const format of ['md', 'mdx'] as const) {
      const body = await compile('## Causes\n\nText.\n', format, [SOURCE]);
      const html = render(body);
      assert.match(html, /<section class="footnotes" aria-labelledby="footnote-label"><h2 id="footnote-label">Sources<\/h2><ol><li id="source-1">/, format);
      assert.deepEqual(body.headings.map((heading) => heading.text), ['Causes', 'Sources'], 'in the table of contents');
    }
    assert.doesNotMatch(render(await compile('Text.\n')), /Sources/, 'no sources, no section');
  });
});

describe('links in article bodies', () => {
  it('mark links to other sites (rel, an icon hidden from screen readers, "(external site)"), open them in the same tab', async () => {
    const html = render(await compile('[NHS](https://www.nhs.uk/) and <a href="http://example.org/x" target="_blank">x</a>, [ours](/posts/a/), [abs](http://localhost:3000/posts/b/), [top](#top), [mail](mailto:a@example.org)\n'));
    assert.match(html, /<a href="https:\/\/www\.nhs\.uk\/" rel="noopener noreferrer">NHS<svg aria-hidden="true" focusable="false"[^>]*>.*?<\/svg><span class="sr-only"> \(external site\)<\/span><\/a>/);
    assert.match(html, /<a href="http:\/\/example\.org\/x" rel="noopener noreferrer">x<svg/);
    assert.doesNotMatch(html, /target=/);
    assert.match(html, /<a href="\/posts\/a\/">ours<\/a>, <a href="http:\/\/localhost:3000\/posts\/b\/">abs<\/a>, <a href="#top">top<\/a>, <a href="mailto:a@example.org">mail<\/a>/);
  });
});

describe('care cards', () => {
  const md = (type: string) => `Intro.\n\n{{< care-card type="${type}" heading="Ask for an urgent GP appointment if:" >}}\n- you have **pain**\n- it gets worse\n{{< /care-card >}}\n`;
  const mdx = (type: string) => `Intro.\n\n<CareCard type="${type}" heading="Ask for an urgent GP appointment if:">\n- you have **pain**\n- it gets worse\n</CareCard>\n`;

  it('renders each type as a region named by its heading (an h2: none comes before it), its kind in words and an icon first, in .md and .mdx', async () => {
    for (const [type, label] of [['non-urgent', 'Non-urgent advice'], ['urgent', 'Urgent advice'], ['emergency', 'Emergency']]) {
      for (const [format, source] of [['md', md(type)], ['mdx', mdx(type)]] as const) {
        const body = await compile(source, format);
        const html = render(body);
        const id = /<section aria-labelledby="([^"]+)"/.exec(html)?.[1];
        assert.ok(id, `${type} ${format}: a labelled section`);
        assert.ok(html.includes(`<h2 id="${id}" aria-label="${label}: Ask for an urgent GP appointment if:" class="`), 'labelled by its heading, named in one run');
        assert.match(html, new RegExp(`<svg aria-hidden="true"[^>]*><path d="[^"]+"></path></svg><span>${label}</span></span><span class="block">Ask for an urgent GP appointment if:</span></h2>`));
        assert.match(html, /<li>you have <strong>pain<\/strong><\/li>/, 'its content is Markdown');
        assert.match(body.feedHtml, new RegExp(`<blockquote><p><strong>${label}: Ask for an urgent GP appointment if:</strong></p>`));
      }
    }
  });

  it('fails the build on an unknown or missing type, or no heading, with the file and line, in .md and .mdx', async () => {
    const failure = (source: string, format: 'md' | 'mdx') =>
      compile(source, format).then(
        () => assert.fail('compiled'),
        (error: unknown) => {
          assert.ok(error instanceof ContentError, String(error));
          return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
        },
      );
    assert.deepEqual(await failure(md('soon'), 'md'), [
      'x.md:3: {{< care-card type="soon" heading="Ask for an urgent GP appointment if:" >}}: "soon" is not a type of care card: use "non-urgent", "urgent", "emergency" (type="urgent").',
    ]);
    assert.deepEqual(await failure(mdx('soon'), 'mdx'), ['x.mdx:3: "soon" is not a type of care card: use "non-urgent", "urgent", "emergency" (type="urgent").']);
    assert.deepEqual(await failure('\n<CareCard heading="H">\nx\n</CareCard>\n', 'mdx'), ['x.mdx:2: a care card needs a type: use "non-urgent", "urgent", "emergency" (type="urgent").']);
    assert.deepEqual(await failure('{{< care-card urgent >}}\nx\n{{< /care-card >}}\n', 'md'), ['x.md:1: {{< care-card urgent >}}: a care card needs a heading, like heading="Ask for an urgent GP appointment if:".']);
  });
});
