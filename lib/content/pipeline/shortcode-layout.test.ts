import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeRanges, continuation, dedent, onlyLinePrefix } from './shortcode-layout';
import { pageParam } from './shortcode-params';

describe('where shortcode tags stand', () => {
  it('code: fenced blocks (also indented in a list item, and unclosed ones) and code spans holding a tag', () => {
    const body = 'a\n- item\n    ```\n    {{< x >}}\n    ```\n`{{< y >}}` and `plain`\n~~~\n{{% z %}}';
    const code = codeRanges(body).map(([from, to]) => body.slice(from, to));
    assert.deepEqual(code, ['    ```\n    {{< x >}}\n    ```', '~~~\n{{% z %}}', '`{{< y >}}`']);
  });

  it("a line's continuation: a quote's marks, a list item's content indent, or the indent", () => {
    assert.equal(continuation('> > Quote '), '> > ');
    assert.equal(continuation('  1. Step '), '     ');
    assert.equal(continuation('    text'), '    ');
    assert.ok(onlyLinePrefix('text\n- '));
    assert.ok(!onlyLinePrefix('- item text'));
  });

  it('dedent: the shared indent and the line breaks next to the tags go', () => {
    assert.equal(dedent('\n    # a\n      b\n\n    c\n'), '# a\n  b\n\nc');
  });
});

describe("Hugo's page parameters", () => {
  it('front matter keys case-insensitive, dotted paths, then the params map; lists joined; no value is null', () => {
    const params = { author: 'Ann', Social: { X: 'ann_md' }, tags: ['sleep', 'rest'], params: { audience: 'carers' }, cover: { image: 'a.png' } };
    assert.equal(pageParam(params, 'Author'), 'Ann');
    assert.equal(pageParam(params, 'social.x'), 'ann_md');
    assert.equal(pageParam(params, 'tags'), 'sleep, rest');
    assert.equal(pageParam(params, 'audience'), 'carers');
    assert.equal(pageParam(params, 'cover'), null);
    assert.equal(pageParam(params, 'missing'), null);
  });
});
