import { defineConfig } from 'vite';
import { webAppConfig } from '../../vite.shared';

export default defineConfig(
  webAppConfig({ app: 'facilitator-console', base: '/console/', port: 4201 }),
);
