/** Types of check-bundle-size.mjs for the TypeScript that imports it (the Playwright tests). */
export declare const BUDGET_KB: number;
/** The files of the chunks index.html loads at once, from a Vite manifest. */
export declare function initialChunks(manifest: Record<string, unknown>): string[];
/** Sizes in bytes of an app's initial JavaScript, as built and as served compressed. */
export declare function initialJsSize(app: string): {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
};
