// A fingerprint of everything besides the articles that decides what `next build` produces: the code,
// the styles, the locked dependencies, the Node version and the site's settings from the environment.
// If it matches the last full build's, only content can have changed. public/ is left out: Next serves
// it from disk as it is, so a new image needs no build, and hashing a site's images would slow every publish.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUT_DIRS = ['app', 'components', 'lib'];
const INPUT_FILES = ['next.config.js', 'proxy.ts', 'instrumentation.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
// Written by the build from app/ and components/, which are inputs already.
const GENERATED = new Set(['app/globals.generated.css']);
const INPUT_ENV = /^(SITE_URL|NODE_ENV|NEXT_PUBLIC_\w+)$/;

export function buildInputsFingerprint(root: string): string {
  const hash = createHash('sha256').update(process.version);
  const files = [
    ...INPUT_FILES,
    ...INPUT_DIRS.flatMap((dir) =>
      fs.existsSync(path.join(root, dir)) ? fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((name) => path.posix.join(dir, name)) : [],
    ),
  ]
    .filter((file) => !GENERATED.has(file) && fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile())
    .sort();
  for (const file of files) hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(root, file)));
  for (const name of Object.keys(process.env).filter((key) => INPUT_ENV.test(key)).sort()) hash.update(`\0${name}=${process.env[name]}`);
  return hash.digest('hex');
}
