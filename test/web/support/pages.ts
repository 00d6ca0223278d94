import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { bearerToken, graphql, signOut, webUrl } from './api';
import { DEMO_PASSWORD, root } from './product';

export { webUrl };

export const DEMO = {
  facilitator: 'facilitadora@alianza.demo',
  panaderia: 'owner@panaderia.demo',
  molino: 'owner@molino.demo',
  transportes: 'owner@transportes.demo',
} as const;

/** A new account with the demo password, made through the API (not a screen under test). */
export async function signUp(email: string, displayName: string): Promise<void> {
  const done = await graphql('mutation($input: SignUpInput!) { signUp(input: $input) }', {
    input: { email, password: DEMO_PASSWORD, displayName },
  });
  expect(done).toEqual({ signUp: true });
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

/**
 * A page in a browser context of its own, signed in as `email` (in Spanish) through the API as
 * the apps' sign-in form does: for suites where signing in is not what is tested. It opens
 * nothing; go to the screen wanted. `options` of the context, e.g. a phone's viewport.
 */
export async function signedInPage(
  browser: Browser,
  email: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await context.request.post(webUrl('/graphql'), { data: { query, variables } });
    const body = (await res.json()) as { errors?: unknown[] };
    expect(body.errors, query).toBeUndefined();
  };
  await call('mutation($input: LoginInput!) { login(input: $input) { expiresAt } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  await call('mutation { setMyLanguage(input: { locale: ES }) { locale } }');
  return context.newPage();
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
  const token = await bearerToken(email);
  await graphql('mutation { setMyLanguage(input: { locale: ES }) { locale } }', {}, token);
  await signOut(token);
}

/**
 * Waits until nothing on the screen is moving (finite animations and transitions done): a
 * drawer sliding shut or a toast fading in is measured where it ends, not halfway.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}
