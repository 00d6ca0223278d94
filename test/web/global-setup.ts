import { startProduct } from './support/product';

// One product for the whole browser run; its address reaches the tests through the environment.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const product = await startProduct();
  process.env['ALIANZA_WEB_URL'] = product.url;
  return () => product.stop();
}
