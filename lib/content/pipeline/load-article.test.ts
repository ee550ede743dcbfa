import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileBody } from './compile';
import { ContentError } from './errors';
import { readArticleFile } from './files';
import { loadArticle } from './load-article';

const SEED = 'content/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee.md';

async function problemsOf(path: string): Promise<string[]> {
  try {
    await loadArticle(await readArticleFile(path));
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    return error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  }
  assert.fail(`${path} loaded without problems`);
}

describe('loadArticle on the seed', async () => {
  const article = await loadArticle(await readArticleFile(SEED));

  it('reads its FAQ section: the 9 h3 questions under "Frequently Asked Questions", each with its answer', () => {
    const h3s = article.headings.filter((heading) => heading.depth === 3).map((heading) => heading.text);
    assert.equal(article.faq.length, 9);
    assert.deepEqual(article.faq.map((entry) => entry.question), h3s);
    for (const entry of article.faq) assert.ok(entry.answer.length > 40, entry.question);
    assert.equal(article.image?.src.startsWith('https://tse1.mm.bing.net/'), true, 'the thumbnail is the shared image');
  });

  it('validates the front matter into a typed Article', () => {
    assert.equal(article.title, 'What Are the Symptoms of a Blood Clot Behind the Knee?');
    assert.equal(article.slug, 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee');
    assert.equal(article.url, '/posts/what-are-the-symptoms-of-a-blood-clot-behind-the-knee/');
    assert.equal(article.date, '2022-12-05');
    assert.deepEqual(article.authors, ['Osgood']);
    assert.deepEqual(article.tags, []);
    assert.equal(article.searchHidden, true);
    assert.deepEqual(article.flags, {
      showToc: true,
      tocOpen: true,
      hideMeta: false,
      showReadingTime: true,
      showWordCount: true,
      showBreadCrumbs: true,
      showPostNavLinks: true,
      hideSummary: false,
      showDisclaimer: true,
      showShare: true,
    });
  });

  it('keeps its thumbnail for list cards (decorative) and has no cover', () => {
    assert.equal(article.cover, null);
    assert.equal(article.thumbnail?.src, article.image?.src);
    assert.equal(article.thumbnail?.alt, '');
  });

  it('counts words and reading time as Hugo does (5 min)', () => {
    assert.ok(article.wordCount > 900 && article.wordCount < 1065, `word count ${article.wordCount}`);
    assert.equal(article.readingMinutes, 5);
  });

  it('finds the six raw-HTML h2s and nine h3s with unique slug ids', () => {
    assert.equal(article.headings.filter((h) => h.depth === 2).length, 6);
    assert.equal(article.headings.filter((h) => h.depth === 3).length, 9);
    const ids = article.headings.map((h) => h.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids[0], 'what-causes-a-blood-clot-behind-the-knee');
    // The h3 repeats an h2's text: it gets a suffix instead of a duplicate id.
    assert.equal(ids[7], 'what-are-the-symptoms-of-a-blood-clot-behind-the-knee-1');
    for (const id of ids) assert.match(article.code, new RegExp(`id:\\s*"${id}"`));
  });

  it('turns the raw YouTube iframe and its wrapper into the YouTube component', () => {
    assert.doesNotMatch(article.code, /youtube\.com\/embed/);
    assert.doesNotMatch(article.code, /padding-bottom/);
    assert.match(article.code, /id:\s*"lJ0hgwSQgi4",\s*title:\s*"What Are the Symptoms of a Blood Clot Behind the Knee\?"/);
  });

  it('keeps raw HTML meaning: <center> (as a centred div), the unclosed <img> and its style string', () => {
    assert.match(article.code, /_jsxs?\(_components\.div, \{\s*style: \{\s*textAlign: "center"\s*\}/);
    assert.match(article.code, /style:\s*\{\s*display:\s*"block",\s*width:\s*"100%",\s*height:\s*"auto"\s*\}/);
    assert.match(article.code, /tse1\.mm\.bing\.net/);
  });

  it('uses the first paragraph as the summary when the description is empty', () => {
    assert.match(article.summary, /^A blood clot behind the knee, or deep vein thrombosis \(DVT\)/);
  });
});

describe('loadArticle on Hugo content', () => {
  it('reads TOML, the youtube shortcode with named arguments, <!--more--> and duplicate headings', async () => {
    const article = await loadArticle(await readArticleFile('lib/content/pipeline/__fixtures__/hugo/shortcode-and-toml.md'));
    assert.equal(article.date, '2021-05-06', 'no time-zone shift');
    assert.deepEqual(article.tags, ['single-tag']);
    assert.equal(article.flags.showToc, true);
    assert.equal(article.summary, 'Intro paragraph before the divider.');
    assert.match(article.code, /id:\s*"dQw4w9WgXcQ",\s*title:\s*"A named video"/);
    assert.match(article.code, /\{\{< youtube abc >\}\}/, 'an escaped shortcode is shown as written');
    assert.deepEqual(article.headings.map((h) => h.id), ['a-heading', 'a-heading-1']);
  });

  it('keeps other iframes off the page as links, drops scripts, keeps the skip-link id unique', async () => {
    const article = await loadArticle(await readArticleFile('lib/content/pipeline/__fixtures__/hugo/raw-embeds.md'));
    assert.match(article.code, /id:\s*"lJ0hgwSQgi4",\s*title:\s*"Raw nocookie"/);
    assert.match(article.code, /Open the embedded content from maps\.example\.com/);
    assert.doesNotMatch(article.code, /iframe|alert\(1\)/);
    assert.deepEqual(article.headings.map((h) => h.id), ['author-id-kept', 'main-content-1']);
    assert.deepEqual(article.tags, []);
  });

  it('renders {{< highlight >}} as code, and keeps pasted <title>, <meta>, <link> out of the page head', async () => {
    const article = await loadArticle(await readArticleFile('lib/content/pipeline/__fixtures__/hugo/raw-embeds.md'));
    assert.match(article.code, /language-html/);
    assert.match(article.code, /children:\s*">Pasted page<\/"\s*}/, 'inside the code block it is text (highlighted)');
    assert.match(article.code, /Pasted body text/);
    assert.doesNotMatch(article.code, /Stray title|cdn\.example\.com|e\.(html|head|body|title|link)\b/);
  });

  it('handles the same embeds written as JSX in .mdx', async () => {
    const article = await loadArticle(await readArticleFile('lib/content/pipeline/__fixtures__/hugo/jsx-embed.mdx'));
    assert.match(article.code, /id:"M7lc1UVf-VE",title:"JSX embed"/);
    assert.match(article.code, /Open the embedded content from tracker\.example\.com/);
    assert.doesNotMatch(article.code, /iframe|paddingBottom/);
    assert.match(article.code, /src:"\/media\/knee-exercises\.mp4",title:"Knee exercises"/, 'a self-hosted <Video> stays a component');
  });
});

describe('loadArticle on bad input', () => {
  it('.mdx expressions that would run code: refused with their lines (comments and plain data are fine)', async () => {
    const problems = await problemsOf('lib/content/pipeline/__fixtures__/hostile/expressions.mdx');
    assert.equal(problems.length, 1, 'compiling stops at the first refusal');
    assert.match(problems[0], /expressions\.mdx:7: JavaScript expressions in braces are not allowed in articles/);
  });

  it('an .mdx attribute that is code: refused; plain data such as style objects is kept', async () => {
    assert.deepEqual(await problemsOf('lib/content/pipeline/__fixtures__/hostile/attribute-code.mdx'), [
      "lib/content/pipeline/__fixtures__/hostile/attribute-code.mdx:5: the attribute {fetch('https://evil.example')} is code; articles may only give plain values (text, numbers, or {{ key: 'value' }} styles).",
    ]);
  });

  it('an .mdx export: refused with its line', async () => {
    assert.deepEqual(await problemsOf('lib/content/pipeline/__fixtures__/hostile/exports.mdx'), [
      'lib/content/pipeline/__fixtures__/hostile/exports.mdx:7: import and export statements are not allowed in articles. Remove this line: components come from the site, not from the article.',
    ]);
  });

  it('a body that still starts with ---js is not evaluated by the compiler', async () => {
    const body = '---js\n{ title: (function () { globalThis.pulseRan = true; return "x"; })() }\n---\nText\n';
    // mdx-bundler reads front matter again (gray-matter), which is told to refuse JavaScript.
    await assert.rejects(compileBody({ file: 'js.mdx', format: 'mdx', body, title: 'T' }), /js\.mdx:1:1: error: could not be compiled: front matter in JavaScript is not supported/);
    // A Markdown body is compiled without reading front matter at all: the lines are text.
    const markdown = await compileBody({ file: 'js.md', format: 'md', body, title: 'T' });
    assert.match(markdown.code, /globalThis\.pulseRan = true/);
    assert.equal('pulseRan' in globalThis, false);
  });

  it('an .mdx import: refused with its line, nothing bundled', async () => {
    assert.deepEqual(await problemsOf('lib/content/pipeline/__fixtures__/hostile/imports.mdx'), [
      'lib/content/pipeline/__fixtures__/hostile/imports.mdx:5: import and export statements are not allowed in articles. Remove this line: components come from the site, not from the article.',
    ]);
  });

  it('impossible date: names the line of the date key', async () => {
    assert.deepEqual(await problemsOf('lib/content/pipeline/__fixtures__/bad/impossible-date.md'), [
      'lib/content/pipeline/__fixtures__/bad/impossible-date.md:4: "date" is not a date ("2023-13-45"). Use YYYY-MM-DD, like 2022-12-05.',
    ]);
  });

  it('unterminated front matter', async () => {
    const [problem] = await problemsOf('lib/content/pipeline/__fixtures__/bad/unterminated-front-matter.md');
    assert.match(problem, /unterminated-front-matter\.md:1: front matter opened with "---" is never closed/);
  });

  it('MDX that does not parse: names the line of the problem', async () => {
    const [problem] = await problemsOf('lib/content/pipeline/__fixtures__/bad/broken-syntax.mdx');
    assert.equal(problem, 'lib/content/pipeline/__fixtures__/bad/broken-syntax.mdx:8: Expected a closing tag for `<Callout>`. Fix the MDX syntax here (close every tag, escape { and < in text as \\{ and &lt;).');
  });

  it('an MDX component the map does not have: names its line and the components that exist', async () => {
    assert.deepEqual(await problemsOf('lib/content/pipeline/__fixtures__/bad/unknown-component.mdx'), [
      'lib/content/pipeline/__fixtures__/bad/unknown-component.mdx:8: <Chart> is not a component this site knows. Use one of: <YouTube>, <Vimeo>, <Video>, <Callout>, <Figure>, <Details>, <Tweet>, <Instagram>, <Gist>, <CareCard>, <Panels>, <Panel>, <Quote>, <Verbatim>, <Toc>.',
    ]);
  });
});

describe('loadArticle: the article language', () => {
  const load = (file: string, frontMatter: string) => loadArticle({ file, baseName: file.replace(/\.mdx?$/, ''), format: 'md', source: `---\ntitle: T\n${frontMatter}---\n\nText.\n` });
  it('front matter lang or language, else Hugo’s file-name suffix; the site’s language is left unsaid', async () => {
    assert.equal((await load('a.md', 'lang: fa\n')).language, 'fa');
    assert.equal((await load('b.md', 'Language: ko-kr\n')).language, 'ko-KR');
    assert.equal((await load('c.fa.md', '')).language, 'fa');
    assert.equal((await load('d.md', '')).language, undefined);
    assert.equal((await load('e.md', 'lang: en\n')).language, undefined);
  });
});
