import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { webAliases } from './vite.shared.mts';

// Component tests of the web apps and their libraries (jsdom). The API's tests run on Jest.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: webAliases },
  test: {
    environment: 'jsdom',
    include: [
      'apps/facilitator-console/src/**/*.spec.{ts,tsx}',
      'apps/participant-portal/src/**/*.spec.{ts,tsx}',
      'libs/ui/src/**/*.spec.{ts,tsx}',
      'libs/graphql-client/src/**/*.spec.{ts,tsx}',
      'libs/i18n/src/**/*.spec.{ts,tsx}',
    ],
    setupFiles: ['tools/vitest/setup.ts'],
    css: false,
    // One module graph per worker, not per file: jsdom, Mantine and Apollo load once per worker
    // instead of 88 times (the run takes about 40% of the time). The setup file cleans what a test
    // leaves behind (the DOM, Mantine's notifications), and specs own their data.
    isolate: false,
    restoreMocks: true,
    // Mantine forms render slowly in jsdom on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
