// Renders a few pages of the last full build again, with the build's own code, after the content store
// changed: Next's on-demand revalidation (the `x-prerender-revalidate` header, answered only with the
// build's secret preview id) renders each page and writes it to Next's runtime cache, and the files
// are then moved over the build's prerendered ones, so `.next/` is what a full build would have written.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import next from 'next';

// Pages rendered at once: rendering is CPU-bound, so two keep both cores busy without a queue.
const CONCURRENCY = 2;

export async function regeneratePages(root: string, urls: string[]): Promise<void> {
  const distDir = path.join(root, '.next');
  const { preview } = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { preview: { previewModeId: string } };
  const runtimeCache = path.join(distDir, 'server', 'route-cache');
  fs.rmSync(runtimeCache, { recursive: true, force: true });

  const app = next({ dev: false, dir: root, quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rendered = new Map<string, Buffer>();
  try {
    const queue = [...urls];
    const render = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const response = await fetch(origin + url, { headers: { 'x-prerender-revalidate': preview.previewModeId } });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200 || response.headers.get('x-nextjs-cache') !== 'REVALIDATED') {
          throw new Error(`${url} could not be rendered again (status ${response.status}, cache ${response.headers.get('x-nextjs-cache')})`);
        }
        rendered.set(url, body);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, render));
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  }
  promote(runtimeCache, path.join(distDir, 'server', 'app'), rendered);
  fs.rmSync(runtimeCache, { recursive: true, force: true });
}

/** `/` -> `index`, `/posts/x/` -> `posts/x`: how Next names a page's files. */
const pageKey = (url: string) => (url === '/' ? 'index' : decodeURIComponent(url).replace(/^\/|\/$/g, ''));

// Runtime cache entries sit in route-cache/APP_PAGE/<hash>/$/<key>.{html,rsc,meta,segments/}.
function promote(runtimeCache: string, appDir: string, rendered: Map<string, Buffer>): void {
  const roots = fs.existsSync(path.join(runtimeCache, 'APP_PAGE'))
    ? fs.readdirSync(path.join(runtimeCache, 'APP_PAGE')).map((hash) => path.join(runtimeCache, 'APP_PAGE', hash, '$'))
    : [];
  for (const [url, html] of rendered) {
    const key = pageKey(url);
    const from = roots.find((dir) => fs.existsSync(path.join(dir, `${key}.html`)));
    if (!from || !fs.readFileSync(path.join(from, `${key}.html`)).equals(html)) {
      throw new Error(`Next did not write ${url} where it was expected (${runtimeCache}); run a full build ("npm run build -- --full").`);
    }
    fs.rmSync(path.join(appDir, `${key}.segments`), { recursive: true, force: true });
    for (const suffix of ['.html', '.rsc', '.meta', '.segments']) {
      const source = path.join(from, key + suffix);
      if (fs.existsSync(source)) fs.cpSync(source, path.join(appDir, key + suffix), { recursive: true });
    }
  }
}
