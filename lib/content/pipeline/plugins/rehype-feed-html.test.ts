import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileBody } from '../compile';

const compile = (format: 'md' | 'mdx', body: string) => compileBody({ file: `t.${format}`, format, body, title: 'Knee pain' });

describe('the feed HTML of a body', () => {
  it('turns the video facade into a plain link to the video, and keeps relative URLs as written', async () => {
    const { feedHtml } = await compile('md', 'Watch:\n\n{{< youtube dQw4w9WgXcQ >}}\n\n![Chart](chart.png)\n\n<!--more-->\n\n<iframe src="https://www.youtube.com/embed/abc123"></iframe>\n');
    assert.match(feedHtml, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ">Knee pain \(watch on YouTube\)<\/a>/);
    assert.match(feedHtml, /<a href="https:\/\/www\.youtube\.com\/watch\?v=abc123">/);
    assert.match(feedHtml, /<img src="chart\.png" alt="Chart">/);
    assert.doesNotMatch(feedHtml, /<button|<iframe|pulse-youtube|more-->/);
  });

  it('writes components and plain JSX of .mdx as plain HTML', async () => {
    const { feedHtml } = await compile('mdx', '<Callout title="Get help">Call **999**.</Callout>\n\n<YouTube id="xyz" title="Exercises" />\n\n<div className="note">Plain</div>\n');
    assert.match(feedHtml, /<blockquote><p><strong>Get help<\/strong><\/p>\s*Call <strong>999<\/strong>\.\s*<\/blockquote>/);
    assert.match(feedHtml, /<a href="https:\/\/www\.youtube\.com\/watch\?v=xyz">Exercises \(watch on YouTube\)<\/a>/);
    // The sanitizer keeps no class from content (lib/content/pipeline/plugins/safe-html-schema.ts).
    assert.match(feedHtml, /<div>Plain<\/div>/);
  });
});
