import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilerVersions, pipelineSourceFiles } from './compile-cache';

describe('the compile cache key', () => {
  it('hashes every pipeline module and the modules outside it that shape compiled output, not tests or fixtures', () => {
    const files = pipelineSourceFiles();
    for (const file of ['compile.ts', 'compile-cache.ts', 'plugins/rehype-video-embeds.ts', '../article.ts', '../mdx-components.ts', '../urls.ts']) {
      assert.ok(files.includes(file), file);
    }
    assert.ok(files.every((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('__fixtures__')), files.join(', '));
    assert.ok(!files.includes('../index.ts') && !files.includes('../store.ts'), 'page-time modules that do not shape output are left out');
  });

  it('includes the installed version of every package that compiles bodies', () => {
    const versions = compilerVersions();
    for (const name of ['mdx-bundler', '@mdx-js/mdx', 'esbuild', 'remark-gfm', 'rehype-raw', 'rehype-sanitize', 'hast-util-sanitize']) {
      assert.ok(versions.some((entry) => new RegExp(`^${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+`).test(entry)), `${name} in ${versions.join(', ')}`);
    }
  });
});
