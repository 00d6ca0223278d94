import { defineConfig } from 'vite';
import { webAppConfig } from '../../vite.shared.mts';

export default defineConfig(
  webAppConfig({ app: 'facilitator-console', base: '/console/', port: 4201 }),
);
