// Builds the web apps into dist/apps/<app>, each only when its sources changed since its last
// build: `npm start` then starts in seconds. An app's sources are its folder, the libraries the
// web apps alias (vite.shared.mts), the Vite and TypeScript configurations, the lock file and
// this script; their SHA-256 is kept beside the build (.vite/sources.sha256).
//
//   node tools/web/build.mjs            build what changed (`npm run build:web`, `npm start`)
//   node tools/web/build.mjs --force    build both
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = join(root, 'dist/apps');
export const WEB_APPS = ['facilitator-console', 'participant-portal'];

const CONFIGS = [
  'vite.shared.mts',
  'package-lock.json',
  'tsconfig.base.json',
  'tsconfig.json',
  'tools/web/build.mjs',
];
const STAMP = '.vite/sources.sha256';

/** The libraries the web apps may import: the `libs/<name>/` targets of vite.shared.mts's aliases. */
function webLibs() {
  const config = readFileSync(join(root, 'vite.shared.mts'), 'utf8');
  return [...new Set([...config.matchAll(/\blibs\/([\w-]+)\//g)].map((m) => m[1]))].sort();
}

/** Files under `dir`, sorted, without tests (they are not built) or installed packages. */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.spec\.[cm]?[jt]sx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('/node_modules/'))
    .sort();
}

export function sourcesHash(app) {
  const files = [
    ...sourceFiles(join(root, 'apps', app)),
    ...webLibs().flatMap((lib) => sourceFiles(join(root, 'libs', lib, 'src'))),
    ...CONFIGS.map((file) => join(root, file)).filter((file) => existsSync(file)),
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function builtHash(app) {
  const stamp = join(distDir, app, STAMP);
  const built = existsSync(join(distDir, app, 'index.html')) && existsSync(stamp);
  return built ? readFileSync(stamp, 'utf8').trim() : undefined;
}

/** Builds the apps whose sources changed (every app with `force`); says what it did in one line each. */
export async function buildWebApps({ force = false, log = console.log } = {}) {
  const stale = WEB_APPS.map((app) => ({ app, hash: sourcesHash(app) })).filter(
    ({ app, hash }) => force || builtHash(app) !== hash,
  );
  if (stale.length === 0) {
    log(`Web apps unchanged since their last build (${relative(root, distDir)}).`);
    return;
  }
  // Always the production build the API serves: a NODE_ENV of the caller's (the browser suites
  // start the API with `development`) would otherwise make Vite bundle React's development
  // build, and the stamp would then pass that off as the production build to the next caller
  // (check-bundle-size.mjs would weigh it, the browser suites would run it).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite'); // only when there is something to build: it takes a while to load
  for (const { app, hash } of stale) {
    const started = performance.now();
    await build({ configFile: join(root, 'apps', app, 'vite.config.mts'), logLevel: 'warn' });
    mkdirSync(dirname(join(distDir, app, STAMP)), { recursive: true });
    writeFileSync(join(distDir, app, STAMP), `${hash}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`Built ${app} into ${relative(root, join(distDir, app))} in ${seconds} s.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildWebApps({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
