import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterStyle } from './safe-style';

describe('filterStyle', () => {
  it("keeps the seed article's image style and the usual text and box styles", () => {
    assert.deepEqual(filterStyle('display:block;width:100%;height:auto'), { kept: 'display: block; width: 100%; height: auto', removed: [] });
    const usual = 'color: #333; background-color: yellow; text-align: center; font-weight: bold; font-style: italic; text-decoration: underline; max-width: 25%; margin: 0 auto; padding-left: 1em; border: 1px solid red; border-radius: 4px; vertical-align: middle; float: right';
    assert.deepEqual(filterStyle(usual).removed, []);
  });

  it('removes what could load, run, escape or cover the page, and says why', () => {
    const removed = (style: string) => filterStyle(style).removed.map((r) => r.declaration);
    assert.deepEqual(removed('position: fixed; top: 0; z-index: 9999'), ['position: fixed', 'top: 0', 'z-index: 9999']);
    assert.deepEqual(removed('background-color: url(https://t.example/p.png); color: expression(alert(1))'), ['background-color: url(https://t.example/p.png)', 'color: expression(alert(1))']);
    assert.deepEqual(removed('color: \\72 ed; width: 1px; width: javascript:x'), ['color: \\72 ed', 'width: javascript:x']);
    assert.deepEqual(removed('display: none; display: block; margin-top: -500px; margin: 0 -1em'), ['display: none', 'margin-top: -500px', 'margin: 0 -1em']);
    assert.deepEqual(removed('color: red; @import "x.css"'), ['@import "x.css"']);
    assert.match(filterStyle('position: absolute').removed[0].reason, /cover the page/);
  });

  it('keeps what it read of a style, and reports the rest it could not read', () => {
    assert.deepEqual(filterStyle('color: red; {{ } width: 1px'), { kept: 'color: red', removed: [{ declaration: '{{ } width: 1px', reason: 'it could not be read as CSS declarations' }] });
    assert.deepEqual(filterStyle('color: red; /* unclosed').kept, '');
  });
});
