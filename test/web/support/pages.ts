import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_PASSWORD, root } from './product';

export const DEMO = {
  facilitator: 'facilitadora@alianza.demo',
  panaderia: 'owner@panaderia.demo',
  molino: 'owner@molino.demo',
  transportes: 'owner@transportes.demo',
} as const;

export function webUrl(path: string): string {
  const base = process.env['ALIANZA_WEB_URL'];
  if (!base)
    throw new Error('ALIANZA_WEB_URL is not set: run through `playwright test` (global setup)');
  return `${base}${path}`;
}

/** A new account with the demo password, made through the API (not a screen under test). */
export async function signUp(email: string, displayName: string): Promise<void> {
  const res = await fetch(webUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) }',
      variables: { input: { email, password: DEMO_PASSWORD, displayName } },
    }),
  });
  expect((await res.json()) as unknown).toEqual({ data: { signUp: true } });
}

/** Signs in through the app's own form (Spanish or English labels). */
export async function signIn(page: Page, app: 'console' | 'portal', email: string): Promise<void> {
  if ((Object.values(DEMO) as string[]).includes(email)) await speakSpanish(email);
  await page.goto(webUrl(`/${app}/`));
  await page.getByLabel(/Correo electrónico|Email/).fill(email);
  await page.getByLabel(/Contraseña|Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Entrar|Sign in)$/ }).click();
  await expect(page.getByRole('banner')).toBeVisible();
}

export async function setLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  // Mantine's segmented control hides its radios visually: click the visible label.
  await page
    .locator('label', { hasText: language === 'es' ? 'Español' : 'English' })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Saves a screenshot of a main screen as a test artifact: test-results/screens/<lang>/<name>.png. */
export async function screen(page: Page, language: 'es' | 'en', name: string): Promise<void> {
  const dir = resolve(root, 'test-results/screens', language);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true });
}

/** Fails on texts that leak out untranslated: i18next's `[key]` markers for missing keys. */
export async function expectNoMissingTranslations(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\[[a-z-]+:[\w.]+\]|\[(?:[a-z]+\.){1,}[a-zA-Z_]+\]/);
}

/**
 * The demo's accounts are every test's, and a language switched to while signed in is the
 * account's (ADR 0028): each test starts them in Spanish, whatever a test before left.
 */
async function speakSpanish(email: string): Promise<void> {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(webUrl('/graphql'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const { login } = await gql(
    'mutation($input: LoginInput!) { login(input: $input) { bearerToken } }',
    { input: { email, password: DEMO_PASSWORD, issueBearerToken: true } },
  );
  await gql('mutation { setMyLanguage(locale: ES) { locale } }', {}, login.bearerToken);
  await gql('mutation { logout }', {}, login.bearerToken);
}
