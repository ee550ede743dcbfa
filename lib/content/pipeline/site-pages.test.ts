import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readStoreIndex } from '../store';
import { buildContent } from './build';
import { SITE_ROUTE_NAMES } from './site-pages';

/** A scratch site: articles in posts/, site pages in pages/. */
function site(posts: Record<string, string>, pages: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-pages-'));
  const write = (dir: string, files: Record<string, string>) => {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  };
  write(path.join(root, 'posts'), posts);
  write(path.join(root, 'pages'), pages);
  const relative = (dir: string) => path.relative(process.cwd(), path.join(root, dir));
  return { contentDir: path.join(root, 'posts'), pagesDir: path.join(root, 'pages'), storeDir: path.join(root, 'store'), posts: relative('posts'), pages: relative('pages') };
}

const file = (title: string, front = '') => `---\ntitle: "${title}"\ndescription: "d"\n${front}---\n\nText.\n`;
const problemsOf = async (dirs: ReturnType<typeof site>) => (await buildContent(dirs)).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);

describe('site pages', () => {
  it('are built into the index beside the articles, never among them; drafts left out; ordered by weight then title', async () => {
    const dirs = site(
      { 'knee.md': file('Knee pain', 'date: 2024-01-01\n') },
      { 'accessibility.md': file('Accessibility statement', 'weight: 2\n'), 'editorial-policy.md': file('How we write', 'weight: 1\n'), 'about.md': file('About us'), 'later.md': file('Later', 'draft: true\n') },
    );
    const result = await buildContent(dirs);
    assert.deepEqual(result.problems, []);
    const index = readStoreIndex(dirs.storeDir);
    assert.deepEqual(index.articles.map((article) => article.url), ['/posts/knee/']);
    assert.deepEqual(index.pages.map((page) => [page.url, page.routeUrl]), [
      ['/editorial-policy/', '/editorial-policy/'],
      ['/accessibility/', '/accessibility/'],
      ['/about/', '/about/'],
    ]);
  });

  it('may not take a name the site uses: the error names the file and the line of "slug"', async () => {
    const dirs = site({}, { 'posts.md': file('Posts'), 'mine.md': file('Mine', 'draft: false\nslug: health-a-z\n') });
    assert.deepEqual(await problemsOf(dirs), [
      `${dirs.pages}/mine.md:5: the page name "health-a-z" is one of the site's own addresses (/health-a-z/). Rename the file, or set "slug" to another name.`,
      `${dirs.pages}/posts.md:1: the page name "posts" is one of the site's own addresses (/posts/). Rename the file, or set "slug" to another name.`,
    ]);
  });

  it("may not take an article's url or alias, nor another page's name", async () => {
    const dirs = site(
      { 'a.md': file('A', 'url: /about/\n'), 'b.md': file('B', 'aliases: [/contact/]\n') },
      { 'about.md': file('About'), 'contact.md': file('Contact'), 'one.md': file('One', 'slug: same\n'), 'two.md': file('Two', 'slug: same\n') },
    );
    assert.deepEqual(await problemsOf(dirs), [
      `${dirs.pages}/about.md:1: the page address /about/ is the url of the article ${dirs.posts}/a.md:4. Rename the page (or set its "slug"), or change that article's url.`,
      `${dirs.pages}/contact.md:1: the page address /contact/ is an alias of the article ${dirs.posts}/b.md:4. Rename the page (or set its "slug"), or remove that alias.`,
      `${dirs.pages}/one.md:1: the page address /same/ is also claimed by ${dirs.pages}/two.md. Rename one of the files or give it a different "slug".`,
      `${dirs.pages}/two.md:1: the page address /same/ is also claimed by ${dirs.pages}/one.md. Rename one of the files or give it a different "slug".`,
    ]);
  });

  it('take no url or aliases of their own', async () => {
    const dirs = site({}, { 'about.md': file('About', 'url: /elsewhere/\naliases: [/old-about/]\n') });
    assert.deepEqual(await problemsOf(dirs), [
      `${dirs.pages}/about.md:4: a site page is served at /<name>/ and takes no "url". Remove it; to change the address, rename the file or set "slug".`,
      `${dirs.pages}/about.md:5: a site page takes no "aliases" (redirects are made for articles only). Remove them.`,
    ]);
  });

  it("names every static route of app/ among the names a page may not take", () => {
    const routes = fs
      .readdirSync('app', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[[(@_]/.test(entry.name))
      .map((entry) => entry.name);
    assert.ok(routes.includes('posts'));
    assert.deepEqual(routes.filter((name) => !SITE_ROUTE_NAMES.has(name)), []);
  });
});
