#!/usr/bin/env node
// The build's identity, the same for every build of the same sources wherever they sit, so that replicas
// built apart serve the same asset URLs (next.config.js: generateBuildId and deploymentId):
//   PULSE_BUILD_ID when set (a CI or `docker build --build-arg` passes the commit; letters, digits, - and _);
//   else the commit's first 12 hex digits, when the work tree is a clean git checkout;
//   else `<commit12>-<hash12>` (a checkout with changes) or `src-<hash12>` (no git): the hash of every
//   file git would see (the .gitignore's patterns left out), path and content, content/ included.
// Printed on stdout: `node scripts/build-id.mjs`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SAFE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * @param {string} root the project folder
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function buildId(root, env = process.env) {
  if (env.PULSE_BUILD_ID) {
    if (!SAFE.test(env.PULSE_BUILD_ID)) throw new Error(`PULSE_BUILD_ID="${env.PULSE_BUILD_ID}": use 1 to 64 letters, digits, - or _.`);
    return env.PULSE_BUILD_ID;
  }
  const commit = git(root, ['rev-parse', 'HEAD']);
  const contentOutside = env.PULSE_CONTENT_DIR && path.relative(root, path.resolve(root, env.PULSE_CONTENT_DIR)).startsWith('..');
  if (commit && !contentOutside && git(root, ['status', '--porcelain', '--untracked-files=all']) === '') return commit.slice(0, 12);
  const hash = createHash('sha256');
  hashTree(hash, root, '', ignoreRules(root));
  if (contentOutside) hashTree(hash, path.resolve(root, env.PULSE_CONTENT_DIR), '', []);
  return `${commit ? commit.slice(0, 12) : 'src'}-${hash.digest('hex').slice(0, 12)}`;
}

function git(root, args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The .gitignore's patterns, as tests on a path relative to the root: `name/` (a folder anywhere),
 * `a/b/` (from the root), `*.ext`, `name`. Enough for ours; `.git` and node_modules always. */
function ignoreRules(root) {
  const file = path.join(root, '.gitignore');
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const patterns = ['.git/', 'node_modules', ...lines.map((line) => line.trim()).filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))];
  return patterns.map((pattern) => {
    const folderOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/|\/$/g, '');
    const anchored = pattern.startsWith('/') || body.includes('/');
    const glob = new RegExp(`^${body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    return (relative, isFolder) => {
      if (folderOnly && !isFolder) return false;
      return anchored ? glob.test(relative) : glob.test(path.posix.basename(relative));
    };
  });
}

function hashTree(hash, dir, prefix, rules) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (rules.some((ignored) => ignored(relative, entry.isDirectory()))) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full, relative, rules);
    else if (entry.isSymbolicLink()) hash.update(`${relative}\0link\0${fs.readlinkSync(full)}\0`);
    else if (entry.isFile()) hash.update(`${relative}\0${fs.statSync(full).size}\0`).update(fs.readFileSync(full));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(buildId(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')));
}
