// Obsolete HTML from editors' raw markup becomes today's, with the same look, and nothing obsolete is left.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { rehypeModernHtml } from './rehype-modern-html';

const modern = (html: string) => String(unified().use(rehypeParse, { fragment: true }).use(rehypeModernHtml).use(rehypeStringify).processSync(html));

describe('rehypeModernHtml', () => {
  it('writes obsolete elements as modern ones', () => {
    assert.equal(modern('<center>Hi</center>'), '<div style="text-align: center">Hi</div>');
    assert.equal(modern('<font color="#c00" size="4" face="Arial">A</font>'), '<span style="color: #c00; font-size: large; font-family: Arial">A</span>');
    assert.equal(modern('<strike>x</strike><tt>y</tt><acronym title="t">z</acronym><big>b</big>'), '<s>x</s><code>y</code><abbr title="t">z</abbr><span style="font-size: larger">b</span>');
  });

  it('writes presentational attributes as styles, the author\'s own style last', () => {
    assert.equal(modern('<p align="right" style="color: red">R</p>'), '<p style="text-align: right; color: red">R</p>');
    assert.equal(modern('<div bgcolor="#eee">B</div>'), '<div style="background-color: #eee">B</div>');
    assert.equal(
      modern('<table align="center" width="80%" border="1" cellspacing="0"><tr bgcolor="#eee"><td valign="top" width="120" nowrap>C</td></tr></table>'),
      '<table style="margin-left: auto; margin-right: auto; width: 80%; border: 1px solid; border-spacing: 0px"><tbody><tr style="background-color: #eee"><td style="vertical-align: top; width: 120px; white-space: nowrap">C</td></tr></tbody></table>',
    );
    assert.equal(modern('<img src="a.png" alt="" align="left" hspace="8" border="0">'), '<img src="a.png" alt="" style="float: left; margin: 0 8px">');
    assert.equal(modern('<br clear="all">'), '<br style="clear: both">');
  });

  it('leaves modern markup as it is', () => {
    const html = '<p>Text <img src="a.png" alt="A" width="200" height="100"></p>';
    assert.equal(modern(html), html);
  });
});
