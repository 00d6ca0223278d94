import type { FullConfig } from '@playwright/test';
import { buildWebApps, startProduct } from './support/product';

// One product per worker, each on a database of its own with the demo loaded: a worker runs its
// test files one after another on its own product, as the whole run once did on a single one,
// and no test sees what another worker's tests do. The web apps are built once, for all. The
// addresses reach the tests through the environment (see `webUrl`).
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  buildWebApps();
  const products = await Promise.all(
    Array.from({ length: config.workers }, (_, i) =>
      startProduct({ name: i === 0 ? undefined : `worker-${i}`, build: false }),
    ),
  );
  process.env['ALIANZA_WEB_URLS'] = products.map((product) => product.url).join(' ');
  return async () => {
    await Promise.all(products.map((product) => product.stop()));
  };
}
