import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../components/mdx';
import { compileBody } from '../lib/content/pipeline/compile';
import { expandShortcodes } from '../lib/content/pipeline/shortcodes';
const bodies = process.argv.slice(2);
for (const body0 of bodies) {
  const body = body0.replace(/\\n/g, '\n');
  for (const format of ['md', 'mdx'] as const) {
    try {
      const ex = expandShortcodes(body, { format, params: { author: 'Ann', params: { site: 'Pulse' } } });
      const c = await compileBody({ file: 'x.' + format, format, body, title: 'T', params: { author: 'Ann', params: { site: 'Pulse' } } });
      console.log(`--- ${format} (lines ${body.split('\n').length} -> ${ex.source.split('\n').length})\n` + renderToStaticMarkup(createElement(getMDXComponent(c.code), { components: mdxComponents })));
      for (const w of c.warnings) console.log(`  W ${w.line}:${w.column} ${w.rule} ${w.message}`);
    } catch (e) { console.log(format, 'ERROR', String(e).slice(0, 400)); }
  }
}
