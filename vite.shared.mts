import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));
const escaped = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `@alianza/*` libraries the web apps may use (tsconfig.base.json paths, same targets). */
export const webAliases: Record<string, string> = {
  '@alianza/graphql-client/types': `${root}libs/graphql-client/src/generated/types.ts`,
  '@alianza/graphql-client': `${root}libs/graphql-client/src/index.ts`,
  '@alianza/i18n': `${root}libs/i18n/src/index.ts`,
  '@alianza/ui/testing': `${root}libs/ui/src/testing.ts`,
  '@alianza/ui': `${root}libs/ui/src/index.ts`,
  '@alianza/shared': `${root}libs/shared/src/index.ts`,
  '@alianza/redaction': `${root}libs/redaction/src/index.ts`,
};

/**
 * One Vite configuration for both web apps. Built into `dist/apps/<app>` and served by the
 * API under `base` (`npm start`); `vite` dev servers proxy the API (with its websocket).
 */
export function webAppConfig(options: { app: string; base: string; port: number }): UserConfig {
  const api = process.env['ALIANZA_API_URL'] ?? 'http://localhost:3000';
  return {
    root: `${root}apps/${options.app}`,
    base: options.base,
    plugins: [
      react(),
      // Next to each file, its brotli and gzip forms, which the API serves by Accept-Encoding
      // (apps/api/src/app/web-apps.ts): compressed once at build time, never per request.
      // At their best (brotli 11, gzip 9): slower builds (a few seconds per app), smaller
      // downloads for every visitor.
      compression({
        include: /\.(js|css|svg)$/,
        threshold: 1024,
        algorithms: ['brotliCompress', 'gzip'],
        logLevel: 'silent',
      }),
    ],
    resolve: { alias: webAliases },
    build: {
      outDir: `${root}dist/apps/${options.app}`,
      emptyOutDir: true,
      // No source maps: the API serves this folder to anyone (and answers 404 for any *.map).
      sourcemap: false,
      // `.vite/manifest.json`: each chunk's static imports, from which
      // tools/web/check-bundle-size.mjs adds up what the sign-in page loads.
      manifest: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        treeshake: {
          // Our own modules do nothing on import but declare (their CSS comes through
          // packages): a chunk that uses one export of `@alianza/ui` takes that export and what
          // it needs, not every module the barrel `index.ts` names. Without this, the sign-in
          // page carried the markdown renderer, the date pickers and the forms of every screen.
          moduleSideEffects: [
            { test: new RegExp(`^${escaped}(apps|libs)/[^/]+/src/.*\\.tsx?$`), sideEffects: false },
          ],
        },
      },
    },
    server: {
      port: options.port,
      strictPort: true,
      proxy: {
        '/graphql': { target: api, ws: true, changeOrigin: true },
        '/health': { target: api },
        // Report downloads (CSV), authorized by the same session cookie as /graphql.
        '/reports': { target: api, changeOrigin: true },
        // Documents: uploads and downloads, by the same cookie (docs/adr/0030).
        '/files': { target: api, changeOrigin: true },
        // A recipient's stamped copies (docs/adr/0032), shown by the PDF viewer (0033).
        '/grants': { target: api, changeOrigin: true },
        // "Add to calendar" downloads, by the same cookie (docs/adr/0039).
        '/calendar': { target: api, changeOrigin: true },
        // A collaboration's files: its final statement (docs/adr/0037) and audit log (0044).
        '/collaborations': { target: api, changeOrigin: true },
      },
    },
  };
}
