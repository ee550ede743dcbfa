// Bundles one of our TypeScript entry points and the modules it imports (not packages: they stay imports)
// into one ES module file that plain Node loads, in about 30 ms. Plain JavaScript, so scripts/run.mjs
// (which runs our TypeScript scripts) can use it before any TypeScript loads; compile-pool.ts uses it for
// its worker threads. Write the file inside node_modules so the bundle's imports of packages resolve.
import { build } from 'esbuild';

/**
 * @param {string} entry the TypeScript file
 * @param {string} outfile where the bundle goes
 * @returns {Promise<string>} outfile
 */
export async function bundleModule(entry, outfile) {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return outfile;
}
