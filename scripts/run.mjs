#!/usr/bin/env node
// Runs one of our TypeScript scripts: `node scripts/run.mjs scripts/publish.ts [args]`.
// esbuild bundles the script and its modules (not node_modules) into one file in 30 ms, which Node then
// loads as plain JavaScript. tsx transforms each module through a loader hook at every start, about a
// second on `npm run publish`, whose whole budget from saving an article to the live page is 3 s.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleModule } from '../lib/bundle-module.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run.mjs <script.ts> [args]');
  process.exit(2);
}
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
// Inside node_modules, so the bundle's own imports of packages resolve from the project; one file per
// run, so two runs at once never load each other's half-written bundle.
const outfile = path.join(root, 'node_modules', '.cache', 'pulse', `${path.basename(script, path.extname(script))}.${process.pid}.mjs`);
process.on('exit', () => fs.rmSync(outfile, { force: true }));
await bundleModule(path.resolve(script), outfile);
process.argv = [process.argv[0], path.resolve(script), ...args];
await import(pathToFileURL(outfile).href);
