import fs from 'node:fs';
import path from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../components/mdx';
import { compileBody } from '../lib/content/pipeline/compile';
import { splitFrontMatter } from '../lib/content/pipeline/front-matter';
const components = { ...mdxComponents, img: (p: any) => createElement('img', p) };
const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
for (const dir of ['../shared/corpus-themes', '../shared/corpus']) {
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'SHORTCODES.md' && n !== 'README.md')) {
    const file = path.join(dir, name);
    const source = fs.readFileSync(file, 'utf8');
    let body: string, data: any;
    try { ({ body, data } = splitFrontMatter(file, source)); } catch { continue; }
    try {
      const refs = new Map();
      const c = await compileBody({ file, format: 'md', body, title: 'T', params: data, math: true, refs: undefined });
      const html = renderToStaticMarkup(createElement(getMDXComponent(c.code), { components }));
      const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');
      const src = body.replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']');
      const r = words(text) / Math.max(1, words(src));
      if (r < 0.93) console.log(r.toFixed(2), name);
    } catch (e) { console.log('ERR', name, String(e).slice(0, 100)); }
  }
}
