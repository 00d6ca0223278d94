import { defineConfig } from 'vite';
import { webAppConfig } from '../../vite.shared.mts';

export default defineConfig(
  webAppConfig({ app: 'participant-portal', base: '/portal/', port: 4202 }),
);
