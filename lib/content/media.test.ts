import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mediaHeaders, storedName } from './media';
import { SERVED_EXTENSIONS } from './pipeline/local-media';

describe('the names /media/ serves', () => {
  it("are only the build's: a remote image's URL hash (32 hex) or a bundle file's content hash (64 hex), with a served extension", () => {
    assert.deepEqual(storedName(`${'a'.repeat(32)}.jpg`), { ext: 'jpg', byContent: false });
    assert.deepEqual(storedName(`${'b'.repeat(64)}.pdf`), { ext: 'pdf', byContent: true });
    for (const name of ['photo.png', `${'a'.repeat(64)}.html`, `${'a'.repeat(64)}.js`, `../${'a'.repeat(64)}.png`, `${'A'.repeat(64)}.png`, `${'a'.repeat(40)}.png`]) assert.equal(storedName(name), null, name);
  });

  it('have a type for every extension the pipeline copies, and an SVG cannot run script when opened on its own', () => {
    for (const ext of SERVED_EXTENSIONS) assert.ok(new Headers(mediaHeaders(ext, 'no-store')).get('content-type'), ext);
    const svg = new Headers(mediaHeaders('svg', 'no-store'));
    assert.match(svg.get('content-security-policy') ?? '', /sandbox/);
    assert.equal(svg.get('x-content-type-options'), 'nosniff');
  });
});
