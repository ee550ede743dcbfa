import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('splits the excerpt into text and matches', () => {
    assert.deepEqual(excerptParts('Body about <mark>zebra</mark> and <mark>blood</mark> pressure.'), [
      { text: 'Body about ', match: false },
      { text: 'zebra', match: true },
      { text: ' and ', match: false },
      { text: 'blood', match: true },
      { text: ' pressure.', match: false },
    ]);
  });

  it("gives back the article's own angle brackets as text, never as markup", () => {
    // As Pagefind writes it for a body whose text reads `<script>` and `<mark>fake</mark>`.
    const parts = excerptParts('Use &lt;script&gt;alert(1)&lt;/script&gt; a &lt;mark&gt;fake&lt;/mark&gt; <mark>quux</mark>');
    assert.deepEqual(parts, [
      { text: 'Use <script>alert(1)</script> a <mark>fake</mark> ', match: false },
      { text: 'quux', match: true },
    ]);
  });

  it('is empty for an empty excerpt', () => {
    assert.deepEqual(excerptParts(''), []);
  });
});
