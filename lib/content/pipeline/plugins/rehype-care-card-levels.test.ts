// A care card's heading level follows the page's outline, in .md and .mdx alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../../../../components/mdx';
import { compileBody } from '../compile';
import { careCardLevel } from './rehype-care-card-levels';

async function html(body: string, format: 'md' | 'mdx') {
  const compiled = await compileBody({ file: `x.${format}`, format, body, title: 'Test' });
  return renderToStaticMarkup(createElement(getMDXComponent(compiled.code), { components: mdxComponents }));
}

const card = (format: 'md' | 'mdx', heading: string) =>
  format === 'mdx' ? `<CareCard type="emergency" heading="${heading}">\n\nCall 999.\n\n</CareCard>` : `{{< care-card type="emergency" heading="${heading}" >}}\nCall 999.\n{{< /care-card >}}`;

const levels = (page: string) => [...page.matchAll(/<(h[1-6])[^>]*>(?:(?!<\/h).)*?(First|Second|Third)/gs)].map((match) => `${match[2]}:${match[1]}`);

describe('care card heading levels', () => {
  it('is one below the heading before it, h2 at the top, at most h6', () => {
    assert.equal(careCardLevel(1), 2);
    assert.equal(careCardLevel(2), 3);
    assert.equal(careCardLevel(6), 6);
  });

  for (const format of ['md', 'mdx'] as const) {
    it(`follows the outline in .${format}: h2 before any heading, h3 under an h2, h4 under an h3`, async () => {
      const body = [card(format, 'First'), '## Causes', card(format, 'Second'), '### Details', card(format, 'Third'), ''].join('\n\n');
      const page = await html(body, format);
      assert.deepEqual(levels(page), ['First:h2', 'Second:h3', 'Third:h4']);
      assert.match(page, /<section aria-labelledby="[^"]+" data-care="emergency"/);
      assert.match(page, /aria-label="Emergency: First"[^>]*><span[^>]*><svg aria-hidden="true"[^>]*>.*?<\/svg><span>Emergency<\/span><\/span>/);
    });
  }

  it('replaces a level the author wrote', async () => {
    const page = await html('<CareCard type="urgent" heading="First" level="5">\n\nSee a GP.\n\n</CareCard>\n', 'mdx');
    assert.deepEqual(levels(page), ['First:h2']);
  });
});
