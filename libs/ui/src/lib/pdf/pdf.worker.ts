// pdf.js's parser, in a worker of its own. Vite bundles this file as a worker chunk of the app
// (`new Worker(new URL('./pdf.worker.ts', import.meta.url))` in pdf-document.ts): a script from
// the app's own origin, which the CSP's `script-src 'self'` admits (there is no `worker-src`),
// compressed at build time like every other script. The module starts listening on load.
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
