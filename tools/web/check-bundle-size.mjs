// The JavaScript a browser loads before it can show an app's sign-in page, per app, against a
// budget (gzip): the entry chunk of index.html and every chunk it imports statically (what
// Vite's <script> and <link rel="modulepreload"> tags load), read from Vite's manifest. Screens
// are lazy chunks and do not count. Builds first when the sources changed (tools/web/build.mjs).
//
//   node tools/web/check-bundle-size.mjs     (part of `npm test`; exits 1 over budget)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { WEB_APPS, buildWebApps, distDir } from './build.mjs';

/** Budget of each sign-in page's initial JavaScript, gzip, in kB (1 kB = 1,000 bytes). */
export const BUDGET_KB = 250;

/** The files of the chunks index.html loads at once: its entry and their static imports. */
export function initialChunks(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

/** A file's compressed form as the API serves it (built beside it), else as the build would make it. */
function compressedSize(path, code, extension, compress) {
  return existsSync(`${path}.${extension}`)
    ? statSync(`${path}.${extension}`).size
    : compress(code).length;
}

/** Sizes in bytes of an app's initial JavaScript: as built, and as served with gzip and brotli. */
export function initialJsSize(app) {
  const dir = join(distDir, app);
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const files = initialChunks(manifest);
  const size = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const path = join(dir, file);
    const code = readFileSync(path);
    size.raw += code.length;
    size.gzip += compressedSize(path, code, 'gz', (c) => gzipSync(c, { level: 9 }));
    size.brotli += compressedSize(path, code, 'br', (c) =>
      brotliCompressSync(c, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  return size;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  await buildWebApps();
  let over = false;
  console.log(`Sign-in page JavaScript (entry + static imports), budget ${BUDGET_KB} kB gzip:`);
  for (const app of WEB_APPS) {
    const size = initialJsSize(app);
    const fits = size.gzip <= BUDGET_KB * 1000;
    over ||= !fits;
    console.log(
      `  ${fits ? 'ok  ' : 'OVER'} ${app.padEnd(20)} ${kb(size.gzip).padStart(9)} gzip` +
        `  ${kb(size.brotli).padStart(9)} brotli  ${kb(size.raw).padStart(10)} raw` +
        `  (${size.files.length} files)`,
    );
  }
  if (over) {
    console.error(
      `Over budget: load what the sign-in page does not show lazily (React.lazy, import()).`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
