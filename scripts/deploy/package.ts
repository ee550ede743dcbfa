// `npm run package` (after `npm run build`): writes release/, one folder that serves the whole site with
// `node release/server.js` (PORT, HOSTNAME) and needs no other file of the checkout:
//   Next's standalone server and the modules it traced (the MDX compiler and esbuild's native binary
//   among them, for preview), renamed next-server.js; Next's static files; public/ (the search index);
//   the content store (.content/); the article files and the pipeline's source (for preview); our server.js, which checks the
//   folder against RELEASE.json before starting Next's. No .env file: secrets come from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { COMPILER_PACKAGES, pipelineSourceFiles } from '../../lib/content/pipeline/compile-cache';
import { staleBuildMessage } from './freshness';

// Run by npm from the project root (bundled by scripts/run.mjs, so not from this file's place).
const root = process.cwd();
const build = path.join(root, '.next');
const standalone = path.join(build, 'standalone');
const release = path.join(root, process.argv[2] ?? 'release');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!fs.existsSync(path.join(standalone, 'server.js'))) fail(`No standalone server in ${standalone}: run "npm run build" first (next.config.js sets output: 'standalone').`);
if (!fs.existsSync(path.join(root, '.content', 'index.json'))) fail('No content store (.content/index.json): run "npm run build" first.');

// The build folder's name inside the standalone server is the one `next build` wrote to (scripts/build.sh
// builds into a staging folder): the one folder there holding a BUILD_ID.
const distName = fs.readdirSync(standalone).find((name) => fs.existsSync(path.join(standalone, name, 'BUILD_ID')));
if (!distName) fail(`No build in ${standalone}: run "npm run build" again.`);
const buildIdFile = path.join(build, 'pulse-build-id');
if (!fs.existsSync(buildIdFile)) fail(`No ${buildIdFile}: build with "npm run build", which names the release.`);
const buildId = fs.readFileSync(buildIdFile, 'utf8').trim();
const stale = staleBuildMessage(path.join(root, '.content'), buildIdFile);
if (stale) fail(stale);

const copy = (from: string, to: string) => fs.cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
fs.rmSync(release, { recursive: true, force: true });
copy(standalone, release);
fs.renameSync(path.join(release, 'server.js'), path.join(release, 'next-server.js'));
copy(path.join(build, 'static'), path.join(release, distName, 'static'));
if (fs.existsSync(path.join(root, 'public'))) copy(path.join(root, 'public'), path.join(release, 'public'));
fs.rmSync(path.join(release, '.content'), { recursive: true, force: true });
fs.cpSync(path.join(root, '.content'), path.join(release, '.content'), {
  recursive: true,
  preserveTimestamps: true,
  // What a build in progress or an interrupted one left.
  filter: (file) => !/\.(pending\.json|tmp)$/.test(file) && !file.endsWith('pending-site.json'),
});
const contentDir = path.relative(root, path.resolve(root, process.env.PULSE_CONTENT_DIR ?? 'content/posts'));
if (contentDir.startsWith('..')) fail(`PULSE_CONTENT_DIR (${process.env.PULSE_CONTENT_DIR}) is outside the project: a release holds its articles at the same place as the project.`);
fs.rmSync(path.join(release, contentDir), { recursive: true, force: true });
copy(path.join(root, contentDir), path.join(release, contentDir));
for (const name of fs.readdirSync(release)) if (name.startsWith('.env')) fs.rmSync(path.join(release, name), { force: true });
fs.copyFileSync(path.join(root, 'scripts', 'deploy', 'release-server.js'), path.join(release, 'server.js'));
// Preview keys each compiled article by the compiler packages' versions (compile-cache.ts), read from
// their package.json; Next bundled most of them into its chunks, so their folders are copied as installed.
for (const name of COMPILER_PACKAGES) {
  if (!fs.existsSync(path.join(release, 'node_modules', name, 'package.json'))) copy(path.join(root, 'node_modules', name), path.join(release, 'node_modules', name));
}
// …and by the pipeline's own source (its hash), read at run time: those files go in at their places.
const pipelineSources = pipelineSourceFiles().map((name) => path.relative(root, path.join(root, 'lib', 'content', 'pipeline', name)));
for (const file of pipelineSources) {
  fs.mkdirSync(path.dirname(path.join(release, file)), { recursive: true });
  fs.copyFileSync(path.join(root, file), path.join(release, file));
}

const esbuildPlatform = `@esbuild/${process.platform}-${process.arch}`;
const required = [
  'next-server.js',
  'package.json',
  'node_modules/next/package.json',
  `${distName}/BUILD_ID`,
  `${distName}/server`,
  `${distName}/static`,
  '.content/index.json',
  '.content/bodies',
  contentDir,
  // Preview compiles articles at request time with esbuild, which runs its native binary.
  'node_modules/esbuild/package.json',
  `node_modules/${esbuildPlatform}/${process.platform === 'win32' ? 'esbuild.exe' : 'bin/esbuild'}`,
  ...(fs.existsSync(path.join(root, 'public')) ? ['public'] : []),
  ...pipelineSources,
];
const absent = required.filter((file) => !fs.existsSync(path.join(release, file)));
if (absent.length > 0) fail(`The release lacks ${absent.join(', ')}: Next's standalone output did not trace them. Say so in an issue.`);
fs.writeFileSync(path.join(release, 'RELEASE.json'), `${JSON.stringify({ buildId, platform: `${process.platform}-${process.arch}`, required }, null, 2)}\n`);

const size = (dir: string): number => fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((total, entry) => total + (entry.isFile() ? fs.statSync(path.join(entry.parentPath, entry.name)).size : 0), 0);
console.log(`Release ${buildId} in ${path.relative(process.cwd(), release) || '.'}/ (${(size(release) / 2 ** 20).toFixed(0)} MB): node ${path.relative(process.cwd(), path.join(release, 'server.js'))}`);
