import type { FullConfig } from '@playwright/test';
import { buildWebApps, startProduct } from './support/product';

// One product per worker, each on a database of its own with the demo loaded: a worker runs its
// test files one after another on its own product, as the whole run once did on a single one,
// and no test sees what another worker's tests do. The web apps are built once, for all. The
// addresses reach the tests through the environment (see `webUrl`).
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  buildWebApps();
  const start = (i: number) =>
    startProduct({ name: i === 0 ? undefined : `worker-${i}`, build: false });
  const workers = Array.from({ length: config.workers }, (_, i) => i);
  // On an external server the products share its roles (created by each product's setup): the
  // first makes them alone, the others then start at once.
  const external = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  const first = external ? [await start(0)] : [];
  const products = [...first, ...(await Promise.all(workers.slice(first.length).map(start)))];
  process.env['ALIANZA_WEB_URLS'] = products.map((product) => product.url).join(' ');
  return async () => {
    await Promise.all(products.map((product) => product.stop()));
  };
}
