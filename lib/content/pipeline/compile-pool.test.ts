import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compileBody, type CompileInput } from './compile';
import { startCompilePool, type CompilePool } from './compile-pool';
import { ContentError } from './errors';
import { refTable } from './refs';

const refs = refTable([{ file: 'content/posts/target.md', baseName: 'target', format: 'md', source: '---\ntitle: Target\n---\nText.\n' }], 'content/posts', new Date('2026-01-01T12:00:00Z'));
const inputs: CompileInput[] = [
  { file: 'a.md', format: 'md', body: '## Heading\n\nSome *text*, a [ref]({{< ref "target" >}}) and code:\n\n```js\nconst a = 1;\n```\n', title: 'A', refs },
  { file: 'b.mdx', format: 'mdx', body: '# Title\n\n<Callout type="warning">Careful.</Callout>\n', title: 'B', refs },
  { file: 'c.md', format: 'md', body: 'Math: $x^2$ and money: $5.\n', title: 'C', refs, math: true },
];

describe('the compile pool (worker threads)', () => {
  let pool: CompilePool;
  before(async () => {
    pool = await startCompilePool(2, refs);
  });
  after(() => pool.close());

  it('gives exactly what compiling in-process gives', async () => {
    const [pooled, direct] = await Promise.all([Promise.all(inputs.map((input) => pool.compile(input))), Promise.all(inputs.map((input) => compileBody(input)))]);
    assert.deepEqual(pooled, direct);
    assert.match(pooled[0].code, /\/posts\/target\//, 'the ref resolved against the table the pool was started with');
  });

  it("passes a file's problems back as a ContentError naming the file and line", async () => {
    const broken: CompileInput = { file: 'broken.md', format: 'md', body: 'A link to {{< ref "nowhere" >}}.\n', title: 'Broken', refs };
    const [inPool, inProcess] = await Promise.all([pool.compile(broken), compileBody(broken)].map((compiling) => compiling.then(() => null, (error: unknown) => error)));
    assert.ok(inPool instanceof ContentError, String(inPool));
    assert.ok(inProcess instanceof ContentError);
    assert.deepEqual(inPool.problems, inProcess.problems);
    assert.equal(inPool.problems[0].file, 'broken.md');
  });

  it('keeps answering after a problem, with both workers busy', async () => {
    const many = Array.from({ length: 12 }, (_, index) => ({ ...inputs[index % inputs.length], file: `many-${index}.md` }));
    const bodies = await Promise.all(many.map((input) => pool.compile(input)));
    assert.equal(bodies.length, 12);
    assert.ok(bodies.every((body) => body.code.length > 0));
  });

  it('refuses an input carrying another ref table', () => {
    assert.throws(() => pool.compile({ ...inputs[0], refs: new Map() }), /ref table/);
  });
});
