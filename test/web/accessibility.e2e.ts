import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, settled, signedInPage, webUrl } from './support/pages';

// Every screen of both apps, in Spanish and in English, checked with axe against WCAG 2.1 A and
// AA (issue 17, ADR 0041): no serious or critical violation. One signed-in page per app and
// language goes from screen to screen through the app's own menu, as a person would; a screen is
// analysed once its content is there (its heading shown, nothing loading).

type Language = 'es' | 'en';
const LANGUAGES: readonly Language[] = ['es', 'en'];
const ADMIN = 'admin@alianza.demo';

/**
 * What the language changes: names, labels, titles and the page's language. The English pass
 * runs these (the Spanish pass runs every rule: colours, structure and roles are the same in
 * both languages).
 */
const LANGUAGE_RULES = [
  'aria-command-name',
  'aria-dialog-name',
  'aria-input-field-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'aria-treeitem-name',
  'button-name',
  'document-title',
  'empty-heading',
  'empty-table-header',
  'frame-title',
  'html-has-lang',
  'html-lang-valid',
  'image-alt',
  'input-button-name',
  'input-image-alt',
  'label',
  'link-name',
  'role-img-alt',
  'select-name',
  'summary-name',
  'svg-img-alt',
  'valid-lang',
];

/**
 * Analyses the screen shown and records (softly: the next screens are analysed too) each serious
 * or critical violation as a line a developer can act on: rule, impact, a few target selectors.
 * Content, not the loading state, is analysed: the screen's heading is shown, nothing loads. The
 * shell around it (header, menu) is the same on every screen: `shell: false` analyses only the
 * screen's own part, to keep the suite quick.
 */
async function expectAccessible(
  page: Page,
  screen: string,
  language: Language,
  { shell = true } = {},
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  // Nothing half-faded in (a toast's colours mid-transition are not its colours).
  await settled(page);
  // Legacy mode: axe runs in the page itself (no frames from elsewhere here), not again in a
  // blank page it opens per analysis: half the time.
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
  axe =
    language === 'es'
      ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      : axe.withRules(LANGUAGE_RULES);
  if (!shell) axe = axe.include('main');
  const { violations } = await axe.analyze();
  const findings = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' '));
      const more = targets.length > 3 ? ` (+${targets.length - 3})` : '';
      return `${violation.id} (${violation.impact}) on ${targets.slice(0, 3).join(' | ')}${more}`;
    });
  expect.soft(findings, `accessibility of ${screen} (${language})`).toEqual([]);
}

/** A page signed in as `email` in `language` (the account's language, ADR 0028). */
async function pageIn(browser: Browser, email: string, language: Language): Promise<Page> {
  const page = await signedInPage(browser, email);
  if (language === 'en') await setAccountLanguage(page, 'EN');
  return page;
}

/** The demo's accounts speak Spanish again for the tests after this one. */
async function setAccountLanguage(page: Page, locale: 'ES' | 'EN'): Promise<void> {
  const res = await page.request.post(webUrl('/graphql'), {
    data: { query: `mutation { setMyLanguage(input: { locale: ${locale} }) { locale } }` },
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

/**
 * Opens `path` of the app: through the link of the side menu that leads there when there is one
 * (the app stays loaded), otherwise by its address.
 */
async function open(page: Page, app: 'console' | 'portal', path: string): Promise<void> {
  const href = `/${app}${path}`;
  const link = page.getByRole('navigation').locator(`a[href="${href}"]`);
  // By keyboard: a long menu reaches below the window's edge.
  if (await link.count()) await link.first().press('Enter');
  else await page.goto(webUrl(href));
  await expect(page).toHaveURL(webUrl(href));
}

/** The id of the demo's collaboration, from the first link into one on the current screen. */
async function collaborationId(page: Page, app: 'console' | 'portal'): Promise<string> {
  const link = page.locator(`main a[href^="/${app}/c/"]`).first();
  const href = await link.getAttribute('href');
  const id = /\/c\/([^/]+)/.exec(href ?? '')?.[1];
  expect(id, 'a link into the demo collaboration').toBeTruthy();
  return id!;
}

/**
 * Opens each screen in turn and checks it; the shell again where its menu changes (in the
 * collaboration `id`, and where no collaboration is).
 */
async function tour(
  page: Page,
  app: 'console' | 'portal',
  id: string,
  screens: readonly string[],
  language: Language,
): Promise<void> {
  for (const path of screens) {
    await open(page, app, path);
    await expectAccessible(page, path, language, {
      shell: path === `/c/${id}` || path.startsWith('/no/'),
    });
  }
}

// Each test on a page of its own: both workers share them.
test.describe.configure({ mode: 'parallel' });

for (const language of LANGUAGES) {
  test(`the sign-in and forgotten-password pages of both apps (${language})`, async ({ page }) => {
    for (const app of ['console', 'portal'] as const) {
      await page.goto(webUrl(`/${app}/`));
      await page
        .locator('label', { hasText: language === 'es' ? 'Español' : 'English' })
        .first()
        .click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectAccessible(page, `${app} sign-in`, language);
      await page.goto(webUrl(`/${app}/forgot-password`));
      await expectAccessible(page, `${app} forgot-password`, language);
    }
  });

  test(`every screen of the facilitator console (${language})`, async ({ browser }) => {
    test.setTimeout(600_000);
    const page = await pageIn(browser, DEMO.facilitator, language);
    try {
      await page.goto(webUrl('/console/'));
      await expectAccessible(page, 'collaborations', language);
      const id = await collaborationId(page, 'console');
      const screens = [
        '/portfolio',
        `/c/${id}`,
        ...[
          'participants',
          'rules',
          'areas',
          'activity',
          'queue',
          'grants',
          'view-as',
          'publications',
          'benchmarks',
          'questions',
          'audit',
          'plan',
          'ledger',
          'closing',
          'report',
        ].map((screen) => `/c/${id}/${screen}`),
        '/search?q=harina',
        '/security',
        '/email-notifications',
        '/api-tokens',
        '/no/such/screen',
      ];
      await tour(page, 'console', id, screens, language);
    } finally {
      await setAccountLanguage(page, 'ES');
      await page.context().close();
    }

    // The platform administrator's screens.
    const admin = await pageIn(browser, ADMIN, language);
    try {
      for (const path of ['/admin/users', '/admin/mail']) {
        await open(admin, 'console', path);
        await expectAccessible(admin, path, language, { shell: path === '/admin/users' });
      }
    } finally {
      await setAccountLanguage(admin, 'ES');
      await admin.context().close();
    }
  });

  test(`every screen of the participant portal (${language})`, async ({ browser }) => {
    test.setTimeout(600_000);
    const page = await pageIn(browser, DEMO.panaderia, language);
    try {
      await page.goto(webUrl('/portal/'));
      await expectAccessible(page, 'home', language);
      const id = await collaborationId(page, 'portal');
      const screens = [
        '/organization',
        '/report',
        `/c/${id}`,
        ...[
          'exchange',
          'activity',
          'items',
          'shared',
          'benchmarks',
          'questions',
          'plan',
          'ledger',
          'closing',
        ].map((screen) => `/c/${id}/${screen}`),
        '/search?q=harina',
        '/security',
        '/email-notifications',
        '/api-tokens',
        '/no/such/screen',
      ];
      await tour(page, 'portal', id, screens, language);
    } finally {
      await setAccountLanguage(page, 'ES');
      await page.context().close();
    }
  });
}
