import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '../components/mdx';
import { compileBody } from '../lib/content/pipeline/compile';
const body = process.argv[2].replace(/\\n/g, '\n');
const c = await compileBody({ file: 'x.mdx', format: 'mdx', body, title: 'T' });
console.log(renderToStaticMarkup(createElement(getMDXComponent(c.code), { components: mdxComponents })));
