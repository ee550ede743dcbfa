// The floor under our figures: a bare Next.js App Router app (the same Next and React, the same build
// settings) whose pages are one heading and one paragraph. Its build time for as many pages as the
// 1000-article site prerenders, and its Lighthouse score, show what Next itself costs on this machine.
import fs from 'node:fs';
import path from 'node:path';
import { linkNodeModules } from '../../scripts/copy-project.mjs';
import { ROOT, WORK } from './scratch.mjs';

const FILES = {
  'package.json': JSON.stringify({ name: 'next-floor', private: true, type: 'module', scripts: { start: 'next start' } }),
  'next.config.js': `import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const root = path.dirname(fileURLToPath(import.meta.url));
export default { trailingSlash: true, poweredByHeader: false, turbopack: { root }, outputFileTracingRoot: root, experimental: { cpus: os.availableParallelism() } };
`,
  'app/layout.js': `export default function Layout({ children }) {
  return <html lang="en"><head><title>Floor</title><meta name="description" content="A bare Next.js page." /></head><body>{children}</body></html>;
}
`,
  'app/page.js': `export default function Page() {
  return <main><h1>A bare Next.js page</h1><p>{'One paragraph of plain text, the same sentence again and again. '.repeat(20)}</p></main>;
}
`,
  'app/p/[slug]/page.js': `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: Number(process.env.FLOOR_PAGES) }, (_, i) => ({ slug: 'page-' + i }));
}
export default async function Page({ params }) {
  const { slug } = await params;
  return <main><h1>{slug}</h1><p>{'One paragraph of plain text, the same sentence again and again. '.repeat(20)}</p></main>;
}
`,
};

export function makeFloorApp() {
  const dir = path.join(WORK, 'floor');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  linkNodeModules(ROOT, dir);
  return dir;
}

