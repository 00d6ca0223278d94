import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** The two web apps, each built by Vite into `<webDistDir>/<dir>` with `base` = its path. */
export const WEB_APPS = [
  { path: '/console', dir: 'facilitator-console' },
  { path: '/portal', dir: 'participant-portal' },
] as const;

const LANDING = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alianza</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f8f9fa;color:#212529}
main{max-width:720px;margin:10vh auto;padding:0 24px}
h1{color:#087f5b;margin-bottom:4px}
.apps{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px;margin-top:24px}
a.app{display:block;padding:20px;border:1px solid #dee2e6;border-radius:12px;background:#fff;color:inherit;text-decoration:none}
a.app:hover,a.app:focus{border-color:#0ca678;outline:2px solid #0ca678}
a.app strong{display:block;font-size:1.15rem;margin-bottom:6px;color:#087f5b}
small{color:#495057}
</style></head><body><main>
<h1>Alianza</h1>
<p>Colaboración entre empresas con una persona facilitadora neutral.<br><small>Collaboration between companies with a neutral facilitator.</small></p>
<div class="apps">
<a class="app" href="/console/"><strong>Consola de facilitación</strong>Para quien facilita: reglas, áreas, aprobaciones, plan y balance.<br><small>Facilitator console</small></a>
<a class="app" href="/portal/"><strong>Portal de participantes</strong>Para las empresas: perfil, reglas, información compartida, plan y balance.<br><small>Participant portal</small></a>
</div>
<p><small>API GraphQL: <code>/graphql</code></small></p>
</main></body></html>`;

/** Vite fingerprints every file under assets/ (its name changes with its content). */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A client-side route of an app (`/c/1/plan`), as opposed to a file (`/assets/x.js`, `.vite/…`). */
function isRoute(path: string): boolean {
  return !path.startsWith('/assets/') && !/\/\.|\.[^/]*$/.test(path);
}

/**
 * Serves the built web apps from the API's origin, so the session cookie and the websocket need
 * no CORS: `/console/*` and `/portal/*` (unknown routes fall back to the app's index.html for
 * client-side routing; unknown files are 404) and `/`, a page offering both. Files go out
 * pre-compressed (the `.br` or `.gz` the build wrote beside them, by Accept-Encoding); hashed
 * assets are cached for good, index.html revalidated. Source maps are never served. Their
 * security headers (CSP included) are every route's: see http-hardening.ts. Missing builds are
 * reported, not fatal: the API alone still works (`npm run build:web` builds them).
 */
export function serveWebApps(
  app: INestApplication,
  webDistDir: string,
  logger: LoggerService,
): void {
  const root = resolve(webDistDir);
  for (const web of WEB_APPS) {
    const dir = join(root, web.dir);
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      logger.warn(`${web.path}: no build in ${dir} (run \`npm run build:web\`)`, 'WebApps');
      continue;
    }
    app.use(web.path, (req: Request, res: Response, next: NextFunction) =>
      // A build with `hidden` source maps must not publish them either.
      req.path.endsWith('.map') ? res.status(404).end() : next(),
    );
    app.use(
      web.path,
      expressStaticGzip(dir, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: {
          index: false,
          setHeaders(res, file) {
            const hashed = file.startsWith(join(dir, 'assets') + sep);
            res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
          },
        },
      }),
    );
    app.use(web.path, (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (req.originalUrl === web.path) return res.redirect(301, `${web.path}/`);
      if (!isRoute(req.path)) return res.status(404).end();
      res.setHeader('Cache-Control', 'no-cache');
      return res.sendFile(index);
    });
  }
  app.use('/', (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next();
    res.type('html').send(LANDING);
  });
}
