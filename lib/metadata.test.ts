import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archivesMetadata, articleKeywords, categoriesMetadata, categoryMetadata, metaDescription } from './metadata';

describe('metaDescription', () => {
  it('keeps a short text as it is, with its spaces squashed', () => {
    assert.equal(metaDescription('  Rest,  ice and\nelevation. '), 'Rest, ice and elevation.');
  });

  it('cuts a long text between words near 155 characters, never mid-word', () => {
    const words = 'A blood clot behind the knee can cause swelling, pain and warmth in the leg, and it needs a doctor to look at it the same day because it can travel to the lungs.';
    const cut = metaDescription(`${words} ${words}`);
    assert.ok(cut.length <= 160, `${cut.length} characters`);
    assert.ok(cut.length >= 120, `${cut.length} characters`);
    assert.ok(cut.endsWith('…'));
    const kept = cut.slice(0, -1);
    assert.ok(`${words} ${words}`.startsWith(kept));
    assert.match(`${words} ${words}`.slice(kept.length), /^[\s,.]/, 'the cut falls between words');
  });

  it('cuts a text with no spaces at the limit', () => {
    assert.equal(metaDescription('x'.repeat(300)).length, 156);
  });
});

describe('articleKeywords', () => {
  it('puts Hugo keywords first, then the tags, each once whatever its case', () => {
    assert.deepEqual(articleKeywords({ keywords: ['knee pain', 'Sleep'], tags: ['sleep', 'exercise'] }), ['knee pain', 'Sleep', 'exercise']);
  });
});

describe('category and archive pages', () => {
  it('give each page of a category its own title, description, canonical URL and the category feed', () => {
    const category = { name: 'Sleep', url: '/categories/sleep/' };
    const first = categoryMetadata(category);
    assert.equal(first.title, 'Articles in “Sleep”');
    assert.equal(first.alternates?.canonical, '/categories/sleep/');
    const rss = first.alternates?.types?.['application/rss+xml'];
    assert.ok(Array.isArray(rss) && rss.some((feed) => feed.url === '/categories/sleep/index.xml'), JSON.stringify(rss));
    const second = categoryMetadata(category, 2);
    assert.equal(second.title, 'Articles in “Sleep”, page 2');
    assert.equal(second.alternates?.canonical, '/categories/sleep/page/2/');
    assert.notEqual(second.description, first.description);
  });

  it('give the category index and the archives their own title and canonical URL', () => {
    assert.equal(categoriesMetadata().title, 'Categories');
    assert.equal(categoriesMetadata().alternates?.canonical, '/categories/');
    assert.equal(archivesMetadata().title, 'Archives');
    assert.equal(archivesMetadata().alternates?.canonical, '/archives/');
  });
});
