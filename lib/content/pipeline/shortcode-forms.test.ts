// Each theme's shortcode arguments, positional and named, read into the form it renders as.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseShortcodeArguments } from './shortcodes';
import { shortcodeForm, type ShortcodeForm } from './shortcode-forms';
import { themeDefining } from './shortcode-themes';

const form = (name: string, args = '', paired = false, markdown = false): ShortcodeForm => shortcodeForm(name, parseShortcodeArguments(args), { paired, markdown });

function attributes(name: string, args = '', paired = false): Record<string, string> {
  const result = form(name, args, paired);
  assert.equal(result.type, 'component', `${name} ${args}: a component`);
  return result.type === 'component' ? result.attributes : {};
}

function text(name: string, args = '', paired = false): [string, string] {
  const result = form(name, args, paired);
  assert.equal(result.type, 'text', `${name} ${args}: text`);
  return result.type === 'text' ? [result.open, result.close] : ['', ''];
}

describe('admonitions', () => {
  it('LoveIt admonition: type title open, positional or named; open=false collapses it', () => {
    assert.deepEqual(attributes('admonition', 'tip "Sleep well"'), { kind: 'tip', title: 'Sleep well' });
    assert.deepEqual(attributes('admonition', 'warning "Careful" false'), { kind: 'warning', title: 'Careful', open: 'false' });
    assert.deepEqual(attributes('admonition', 'type="danger" title="Stop" open=false'), { kind: 'caution', title: 'Stop', open: 'false' });
    assert.deepEqual(attributes('admonition', 'type=question'), { kind: 'note' });
  });

  it('Relearn and Coder notice, hugo-book hint, Hextra callout, Docsy alert and pageinfo', () => {
    assert.deepEqual(attributes('notice', 'warning "Before you start"'), { kind: 'warning', title: 'Before you start' });
    assert.deepEqual(attributes('notice', 'style="tip" title="T"'), { kind: 'tip', title: 'T' });
    assert.deepEqual(attributes('hint', 'danger'), { kind: 'caution' });
    assert.deepEqual(attributes('hint'), { kind: 'tip' });
    assert.deepEqual(attributes('callout', 'type="warning"'), { kind: 'warning' });
    assert.deepEqual(attributes('callout', 'emoji="💡"'), { kind: 'note' });
    assert.deepEqual(attributes('alert', 'color="warning" title="Heads up"'), { kind: 'warning', title: 'Heads up' });
    assert.deepEqual(attributes('pageinfo', 'color="primary"'), { kind: 'note' });
  });

  it('Blowfish and Congo alert: the positional argument is an icon, not a kind', () => {
    assert.deepEqual(attributes('alert', '"twitter"'), { kind: 'warning' });
    assert.deepEqual(attributes('alert', 'icon="fire" cardColor="#e63946"'), { kind: 'warning' });
    assert.deepEqual(attributes('alert'), { kind: 'warning' });
  });
});

describe('collapsible blocks', () => {
  const details = (name: string, args: string) => {
    const result = form(name, args, true);
    assert.ok(result.type === 'component' && result.name === 'Details' && result.markdownAttributes?.includes('summary'), `${name}: a Details whose summary is Markdown`);
    return result.type === 'component' ? result.attributes : {};
  };

  it("Hugo's details (summary open), hugo-book's (\"Title\" open, or title= open=), Hextra's (title closed)", () => {
    assert.deepEqual(details('details', 'summary="**Index**" open=true'), { summary: '**Index**', open: 'true' });
    assert.deepEqual(details('details', '"Contents" open'), { summary: 'Contents', open: 'true' });
    assert.deepEqual(details('details', '"Contents"'), { summary: 'Contents' });
    assert.deepEqual(details('details', 'title="More" closed="false"'), { summary: 'More', open: 'true' });
  });

  it("Relearn's expand, PaperMod's collapse, accordion, toggle", () => {
    assert.deepEqual(details('expand', '"Answer" "true"'), { summary: 'Answer', open: 'true' });
    assert.deepEqual(details('expand', 'title="A good answer" open="true"'), { summary: 'A good answer', open: 'true' });
    assert.deepEqual(details('expand', ''), { summary: 'Expand me…' });
    assert.deepEqual(details('collapse', 'summary="More" openByDefault=true'), { summary: 'More', open: 'true' });
    assert.deepEqual(details('accordion', 'title="Q1"'), { summary: 'Q1' });
    assert.deepEqual(details('toggle', '"Toggle"'), { summary: 'Toggle' });
    assert.deepEqual(attributes('accordion', '', true), { kind: 'stack' }, 'an accordion without a title holds items');
  });
});

describe('tabs, cards, steps, timelines, quotes, alignment', () => {
  it('tabs in each spelling: hugo-book tabs "id"/tab "Name", Relearn title=, Coder tabgroup/name=, Docsy tabpane/header=, Hextra items=', () => {
    assert.deepEqual(attributes('tabs', '"uniqueid"', true), { kind: 'tabs' });
    assert.deepEqual(attributes('tabs', 'items="JSON,YAML,TOML"', true), { kind: 'tabs', items: 'JSON,YAML,TOML' });
    assert.deepEqual(attributes('tabgroup', '', true), { kind: 'tabs' });
    assert.deepEqual(attributes('tabpane', 'text=true', true), { kind: 'tabs' });
    assert.deepEqual(attributes('tab', '"MacOS"', true), { label: 'MacOS' });
    assert.deepEqual(attributes('tab', 'title="Linux"', true), { label: 'Linux' });
    assert.deepEqual(attributes('tab', 'name="Hello"', true), { label: 'Hello' });
    const docsyText = form('tab', 'header="English" lang="en"', true, true);
    assert.deepEqual(docsyText.type === 'component' && docsyText.attributes, { label: 'English' }, "Docsy's {{% tab %}} holds Markdown");
    assert.deepEqual(attributes('tab', '', true), {});
    assert.deepEqual(form('tab', 'header="Java" lang="java"', true), { type: 'verbatim', language: 'java', note: 'Java' }, "Docsy's code tab");
    assert.deepEqual(attributes('tab', 'header="Notes" lang="en" text=true', true), { label: 'Notes' });
  });

  it('cards (Hextra link title subtitle; Docsy header footer), steps, columns, timeline items', () => {
    assert.deepEqual(attributes('card', 'link="../guide" title="Guide" subtitle="Read first" icon="book-open"'), { label: 'Guide', href: '../guide', note: 'Read first' });
    assert.deepEqual(attributes('card', 'header="Title" footer="Foot"', true), { label: 'Title', note: 'Foot' });
    assert.deepEqual(attributes('cards', 'cols=2', true), { kind: 'cards' });
    assert.deepEqual(attributes('steps', '', true), { kind: 'steps' });
    assert.deepEqual(attributes('columns', 'ratio="1:2"', true), { kind: 'columns' });
    assert.deepEqual(attributes('timelineItem', 'icon="star" header="Started" badge="2020" subheader="Berlin"', true), { label: 'Started', note: '2020 · Berlin' });
  });

  it('quote (Stack author source url), blockquote (author link title), align, center, ltr/rtl', () => {
    assert.deepEqual(attributes('quote', 'author="Hippocrates" source="Aphorisms" url="https://example.org/a"', true), { author: 'Hippocrates', source: 'Aphorisms', href: 'https://example.org/a' });
    assert.deepEqual(attributes('blockquote', 'author="Descartes" link="https://example.org" title="Source"', true), { author: 'Descartes', source: 'Source', href: 'https://example.org' });
    assert.deepEqual(text('align', 'right "To the right"'), ['<p align="right">To the right</p>', '']);
    assert.deepEqual(attributes('align', 'center', true), { kind: 'align', align: 'center' });
    assert.deepEqual(attributes('center', '', true), { kind: 'align', align: 'center' });
    assert.deepEqual(attributes('rtl', '', true), { kind: 'direction', dir: 'rtl' });
    assert.deepEqual(attributes('blockquote', '"Steve Jobs" "https://example.org/talk" "Stanford"', true), { author: 'Steve Jobs', source: 'Stanford', href: 'https://example.org/talk' }, "Tranquilpeak's, positional");
    assert.deepEqual(attributes('spoiler', 'text="Click to view"', true), { summary: 'Click to view' }, "Wowchemy's spoiler");
  });
});

describe('images, video, audio, documents', () => {
  it("figure (Hugo, PaperMod: link; Blowfish, Congo: href): alt from alt, then title, then caption's words", () => {
    assert.deepEqual(attributes('figure', 'src="a.jpg" alt="A" caption="C" link="/big.jpg" width="300px"'), { src: 'a.jpg', alt: 'A', caption: 'C', href: '/big.jpg', width: '300' });
    assert.deepEqual(attributes('figure', 'src="a.jpg" href="https://x.org" caption="The **sea** at [dawn](/d)"'), { src: 'a.jpg', alt: 'The sea at dawn', caption: 'The **sea** at [dawn](/d)', href: 'https://x.org' });
    assert.deepEqual(attributes('figure', '"a.jpg" title="T"'), { src: 'a.jpg', alt: 'T', title: 'T' });
  });

  it('LoveIt image (src alt caption), hugo-book image, h-youhei img ("alt" "src" width), PaperMod inTextImg, screenshot, cldimg, imgproc', () => {
    assert.deepEqual(attributes('image', '"/images/x.jpg" "Alt x" "Cap x"'), { src: '/images/x.jpg', alt: 'Alt x', caption: 'Cap x' });
    assert.deepEqual(attributes('image', 'src="/lighthouse.jpg" caption="Lighthouse (`image`)" src_s="/s.jpg"'), { src: '/lighthouse.jpg', alt: 'Lighthouse (image)', caption: 'Lighthouse (`image`)' });
    assert.deepEqual(attributes('img', '"A painting" "/img/p1.jpg" 300'), { src: '/img/p1.jpg', alt: 'A painting', width: '300' });
    assert.deepEqual(attributes('img', '"photo.webp" "A photo"'), { src: 'photo.webp', alt: 'A photo' });
    assert.deepEqual(attributes('img', 'src="x.png" alt="X"'), { src: 'x.png', alt: 'X' });
    assert.deepEqual(attributes('photo', 'src="x.png" caption="C"'), { src: 'x.png', alt: 'C', caption: 'C' });
    assert.deepEqual(text('inTextImg', 'url="/icon.png" height="20" alt="Icon"'), ['<img src="/icon.png" alt="Icon" height="20" />', '']);
    assert.deepEqual(attributes('screenshot', 'src="s.png" alt="S"'), { src: 's.png', alt: 'S' });
    assert.deepEqual(attributes('cldimg', 'public_id="samples/landscape.jpg" cloud="demo" alt="L"'), { src: 'https://res.cloudinary.com/demo/image/upload/samples/landscape.jpg', alt: 'L' });
    assert.deepEqual(attributes('imgproc', 'sunset Fill "400x450"', true), { src: 'sunset' });
  });

  it('attachments: warned about, since the page\'s files cannot be listed here', () => {
    const attachments = form('attachments', 'title="Files" pattern=".*pdf"');
    assert.ok(attachments.type === 'text' && attachments.warning);
  });

  it('carousel: a list of images as figures; a pattern is warned about', () => {
    assert.deepEqual(text('carousel', 'images="{gallery/01.jpg, https://x.org/b.jpg}" interval="2500"'), ['![](gallery/01.jpg) ![](https://x.org/b.jpg)', '']);
    const pattern = form('carousel', 'images="gallery/*"');
    assert.ok(pattern.type === 'text' && pattern.warning?.includes('gallery/*'));
  });

  it('video and audio: our own files play, another site\'s are links; youtubeLite, bilibili, tencent', () => {
    assert.deepEqual(attributes('video', 'src="/media/clip.mp4" title="Clip"'), { src: '/media/clip.mp4', title: 'Clip' });
    assert.deepEqual(text('video', 'https://cdn.example.org/v.mp4'), ['[Video (video file on another site)](<https://cdn.example.org/v.mp4>)', '']);
    assert.deepEqual(text('audio', 'src="/media/a.mp3"'), ['<audio controls preload="metadata" src="/media/a.mp3"></audio>', '']);
    assert.deepEqual(attributes('youtubeLite', 'id="SgXhGb-7QbU" label="Demo"'), { id: 'SgXhGb-7QbU', title: 'Demo' });
    assert.deepEqual(text('bilibili', 'BV1Sx411T7QQ 2'), ['[Video on Bilibili (BV1Sx411T7QQ)](<https://www.bilibili.com/video/BV1Sx411T7QQ?p=2>)', '']);
    assert.deepEqual(text('tencent', 'u0035tzkwui'), ['[Video on Tencent Video](<https://v.qq.com/x/page/u0035tzkwui.html>)', '']);
    assert.deepEqual(text('spotify', 'type="track" id="6DJ3dfsY7fOU161ZMjzWIH" height="80px"'), ['[Listen on Spotify (track)](<https://open.spotify.com/track/6DJ3dfsY7fOU161ZMjzWIH>)', '']);
  });

  it('pdf (Hextra positional, src=) and qr (text=, or the content): links', () => {
    assert.deepEqual(text('pdf', '"/docs/leaflet.pdf"'), ['[leaflet.pdf (PDF)](</docs/leaflet.pdf>)', '']);
    assert.deepEqual(text('qr', 'text="https://gohugo.io"'), ['[https://gohugo.io](<https://gohugo.io>)', '']);
    assert.deepEqual(text('qr', 'text="Call 111"'), ['Call 111', '']);
    assert.deepEqual(text('qr', '', true), ['', '']);
  });
});

describe('words in a line', () => {
  it('button (href, content label; hugo-book relref), LoveIt link (href content title), badge, version, person', () => {
    assert.deepEqual(text('button', 'href="https://x.org" target="_self"', true), ['[', '](<https://x.org>)']);
    assert.deepEqual(text('button', 'relref="/docs"', true), ['[', '](</docs>)']);
    assert.deepEqual(text('link', '"https://assemble.io" Assemble "Visit it"'), ['[Assemble](<https://assemble.io> "Visit it")', '']);
    assert.deepEqual(text('link', 'href="https://x.org" content="X"'), ['[X](<https://x.org>)', '']);
    assert.deepEqual(text('badge', '', true), ['<small><strong>', '</strong></small>']);
    assert.deepEqual(text('badge', '"Beta"'), ['<small><strong>Beta</strong></small>', '']);
    assert.deepEqual(text('version', '0.2.0 changed'), ['<small><strong>Changed in 0.2.0</strong></small>', '']);
    assert.deepEqual(text('person', '"https://dillonzq.com/" Dillon "author of LoveIt"'), ['[Dillon](<https://dillonzq.com/>) (author of LoveIt)', '']);
  });

  it('Wowchemy hl, staticref, cite, mention', () => {
    assert.deepEqual(text('hl', '', true), ['<mark>', '</mark>']);
    assert.deepEqual(text('staticref', '"uploads/cv.pdf" "newtab"', true), ['[', '](<uploads/cv.pdf>)']);
    assert.deepEqual(text('cite', 'page="/publication/paper" view="4"'), ['[/publication/paper](</publication/paper>)', '']);
    assert.deepEqual(text('mention', '"ann"'), ['@ann', '']);
  });

  it('keyword, mark, underline, abbr: paired or with text=', () => {
    assert.deepEqual(text('keyword', '', true), ['<strong>', '</strong>']);
    assert.deepEqual(text('mark', 'text="Mark!"'), ['<mark>Mark!</mark>', '']);
    assert.deepEqual(text('underline', '', true), ['<u>', '</u>']);
    assert.deepEqual(text('abbr', 'title="World Health Organization" text="WHO"'), ['<abbr title="World Health Organization">WHO</abbr>', '']);
  });

  it('repository cards: Blowfish github repo=, gitlab projectID= (Stack: a snippet), gitea/forgejo server=', () => {
    assert.deepEqual(text('github', 'repo="nunocoracao/blowfish"'), ['[nunocoracao/blowfish on GitHub](<https://github.com/nunocoracao/blowfish>)', '']);
    assert.deepEqual(text('gitlab', 'projectID="278964"'), ['[278964 on GitLab](<https://gitlab.com/projects/278964>)', '']);
    assert.deepEqual(text('gitlab', '2589724'), ['[Snippet 2589724 on GitLab](<https://gitlab.com/-/snippets/2589724>)', ''], "Stack's snippet");
    assert.deepEqual(text('gitea', 'repo="a/b" server="https://git.example.org/"'), ['[a/b on Gitea](<https://git.example.org/a/b>)', '']);
  });
});

describe('code, data and what shows nothing', () => {
  it('diagrams and charts: their source as written, with a note', () => {
    for (const name of ['mermaid', 'chart', 'chartjs', 'echarts']) {
      const result = form(name, '', true);
      assert.ok(result.type === 'verbatim' && /shown as its source/.test(result.note ?? ''), name);
    }
    assert.deepEqual(text('plotly', 'id="c1" data="/plots/p.json"'), ['[Chart data (Plotly)](</plots/p.json>)', '']);
  });

  it('codeblock (Tranquilpeak "title" "lang") and code (file= or lang=): a fenced code block', () => {
    assert.deepEqual(text('codeblock', '"app.js" "js" "https://example.org"', true), ['```js', '```']);
    assert.deepEqual(text('code', 'file="config.toml"', true), ['```toml', '```']);
    assert.deepEqual(text('code', 'lang="go"', true), ['```go', '```']);
  });

  it('rawhtml, html, raw: the content as it is; katex: TeX between $ or $$', () => {
    for (const name of ['rawhtml', 'html', 'raw']) assert.deepEqual(text(name, '', true), ['', '']);
    assert.deepEqual(text('katex', '', true), ['$', '$']);
    assert.deepEqual(text('katex', 'display', true), ['$$', '$$']);
    assert.deepEqual(form('katex'), { type: 'hidden', math: true }, "Blowfish's katex only turns KaTeX on");
    assert.ok(form('katex', '', true).type === 'text' && 'math' in form('katex', '', true));
  });

  it('include, readfile, the importers: the path kept, with a warning', () => {
    const include = form('include', '"shared/disclaimer.md"');
    assert.ok(include.type === 'text' && include.open === 'Included file: `shared/disclaimer.md`' && include.warning?.includes('shared/disclaimer.md'));
    const readfile = form('readfile', 'file="x.md"');
    assert.ok(readfile.type === 'text' && readfile.warning);
  });

  it('param (Hugo), siteparam (Relearn): a parameter by name; comment, icon: nothing; scripts and inline templates: nothing, with a warning; toc: the contents', () => {
    assert.deepEqual(form('param', '"author"'), { type: 'param', name: 'author' });
    assert.deepEqual(form('param', 'name="social.x"'), { type: 'param', name: 'social.x' });
    assert.deepEqual(form('siteparam', '"editURL"'), { type: 'param', name: 'editURL' });
    for (const name of ['comment', 'icon']) assert.deepEqual(form(name, '"x"'), { type: 'hidden' });
    for (const name of ['script', 'css.inline', 'time.inline']) assert.ok(form(name, '', true).type === 'hidden' && 'warning' in form(name, '', true), `${name}: left out, with a warning`);
    for (const name of ['toc', 'table-of-contents', 'TableOfContents']) assert.deepEqual(form(name), { type: 'component', name: 'Toc', attributes: {}, inner: 'none', needsClosing: false }, name);
    assert.deepEqual(form('load-photoswipe'), { type: 'hidden' });
  });

  it('the rest, each read as its theme writes it', () => {
    assert.deepEqual(text('kbd', '', true), ['<kbd>', '</kbd>']);
    assert.deepEqual(text('sup', 'text="2"'), ['<sup>2</sup>', '']);
    assert.deepEqual(text('friend', '"Ann" "https://ann.example" "logo.png" "A blog about sleep"'), ['[Ann](<https://ann.example> "A blog about sleep")', '']);
    assert.deepEqual(text('article', 'link="/posts/knee/"'), ['[/posts/knee/](</posts/knee/>)', '']);
    assert.deepEqual(text('iframe', 'src="https://example.org/map" title="Map"'), ['[Map](<https://example.org/map>)', '']);
    assert.deepEqual(text('asciinema', '113463'), ['[Terminal recording on asciinema](<https://asciinema.org/a/113463>)', '']);
    assert.deepEqual(text('swagger', 'src="/openapi.yaml"'), ['[API reference (OpenAPI)](</openapi.yaml>)', '']);
    assert.deepEqual(text('filetree/folder', 'name="content" state="closed"', true), ['<li><code>content/</code><ul>', '</ul></li>']);
    assert.deepEqual(text('filetree/file', 'name="_index.md"'), ['<li><code>_index.md</code></li>', '']);
    assert.deepEqual(form('typeit', 'code=java', true), { type: 'verbatim', language: 'java' });
    for (const name of ['typeit', 'lead', 'keywordList', 'section', 'conditional-text', 'style', 'float', 'wide', 'blogdown/postref']) assert.ok(form(name, '', true).type === 'text', name);
    assert.deepEqual(attributes('pullquote', '', true), {});
    assert.deepEqual(attributes('center-quote', '', true), {});
    assert.deepEqual(attributes('tabitem', '"One"', true), { label: 'One' });
    assert.deepEqual(attributes('accordion-item', 'title="Q2"', true), { summary: 'Q2' });
    assert.deepEqual(attributes('cfimg', 'src="a.jpg" alt="A" width="640"'), { src: 'a.jpg', alt: 'A', width: '640' });
    const folder = form('gallery', 'dir="/img/trip"');
    assert.ok(folder.type === 'text' && folder.warning?.includes('/img/trip'), 'a gallery of a folder is warned about');
    assert.deepEqual(text('gallery', '', true), ['', ''], "Blowfish's gallery: its <img> tags");
  });

  it('an unknown shortcode, and the theme known to define one', () => {
    assert.deepEqual(form('no-such-thing'), { type: 'unknown' });
    assert.equal(themeDefining('filetree/folder'), 'the Hextra theme');
    assert.equal(themeDefining('principle-box'), "a site's own layouts, beside PaperMod");
    assert.equal(themeDefining('no-such-thing'), null);
  });
});
