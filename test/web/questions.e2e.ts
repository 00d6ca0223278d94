// Private Q&A with the facilitator, in the browser, on the demo collaboration: Panadería asks
// in private, the facilitator answers and publishes an anonymised version, Molino reads the
// published Q&A without any trace of who asked.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  DEMO,
  expectNoMissingTranslations,
  screen,
  setLanguage,
  signIn,
  webUrl,
} from './support/pages';

const RUN = Date.now().toString(36);
const DEMO_COLLABORATION = 'Alianza del pan de barrio';
const SUBJECT = `Precio de la harina ${RUN}`;
const BODY = `En Panadería La Espiga pagamos la harina a 0,62 €/kg a Harinas Ebro. ¿Es caro? (${RUN})`;
const ANSWER = 'Está en la media de lo que paga el grupo; podéis negociar por volumen.';
const PUBLISHED_QUESTION = `¿Es caro pagar la harina a 0,62 €/kg? (${RUN})`;
const PUBLISHED_ANSWER =
  'Está en la media del grupo; comprando juntos se puede negociar por volumen.';

async function newPage(browser: Browser, app: 'console' | 'portal', email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, app, email);
  return page;
}

/** Opens the demo collaboration's screen named `nav` in the portal. */
async function portalScreen(page: Page, nav: string): Promise<void> {
  await page.goto(webUrl('/portal/'));
  await page.getByRole('link', { name: DEMO_COLLABORATION }).first().click();
  await page.getByRole('navigation').getByRole('link', { name: nav }).click();
  await expect(page.getByRole('heading', { level: 1, name: nav })).toBeVisible();
}

test('a question asked in private is answered, and published to everyone without the asker', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // 1. Panadería asks the facilitator; the screen says only the facilitator sees it.
  const asker = await newPage(browser, 'portal', DEMO.panaderia);
  await portalScreen(asker, 'Preguntas al facilitador');
  await expect(asker.getByText(/Es privada: solo la facilitación la ve/)).toBeVisible();
  // What is typed survives a reload, as a draft of this user's (ADR 0043).
  await asker.getByLabel(/^Tu pregunta/).fill(`Borrador: ${BODY}`);
  await asker.reload();
  await expect(asker.getByRole('status').filter({ hasText: 'Borrador recuperado' })).toBeVisible();
  await expect(asker.getByLabel(/^Tu pregunta/)).toHaveValue(`Borrador: ${BODY}`);
  await asker.getByLabel(/^Asunto/).fill(SUBJECT);
  await asker.getByLabel(/^Tu pregunta/).fill(BODY);
  await asker.getByRole('button', { name: 'Enviar la pregunta' }).click();
  await expect(asker.getByText('Pregunta enviada a la facilitación')).toBeVisible();
  const own = asker.getByRole('article', { name: SUBJECT });
  await expect(own.getByText('Sin responder')).toBeVisible();
  await expect(own.getByText('Esperando la respuesta de la facilitación.')).toBeVisible();
  await expectNoMissingTranslations(asker);
  await screen(asker, 'es', 'questions-01-portal-asked');

  // 2. The facilitator finds it in the inbox, sees who asked, answers in private.
  const facilitator = await newPage(browser, 'console', DEMO.facilitator);
  await facilitator.getByRole('link', { name: DEMO_COLLABORATION }).first().click();
  await facilitator.getByRole('navigation').getByRole('link', { name: 'Preguntas' }).click();
  await facilitator.getByRole('button', { name: `Abrir la pregunta «${SUBJECT}»` }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: SUBJECT })).toBeVisible();
  await expect(facilitator.getByText('Panadería La Espiga · Pedro Panadero')).toBeVisible();
  await expect(facilitator.getByText(BODY)).toBeVisible();
  await facilitator.getByLabel(/^Respuesta privada/).fill(ANSWER);
  await facilitator.getByRole('button', { name: 'Responder' }).click();
  await expect(facilitator.getByText('Respuesta enviada a la organización')).toBeVisible();

  // 3. It publishes an anonymised version: the private question shown beside a blank one to
  // write anew (a copy of it is refused), a warning, and its own answer to edit.
  await facilitator.getByRole('button', { name: 'Publicar anonimizada' }).click();
  const dialog = facilitator.getByRole('dialog');
  await expect(dialog.getByText(/Quita todo lo que permita saber quién preguntó/)).toBeVisible();
  await expect(dialog.getByLabel(/^Pregunta original/)).toContainText(BODY);
  await expect(dialog.getByLabel(/^Pregunta publicada/)).toHaveValue('');
  await expect(dialog.getByLabel(/^Respuesta publicada/)).toHaveValue(ANSWER);
  await screen(facilitator, 'es', 'questions-02-console-publish');
  await dialog.getByLabel(/^Pregunta publicada/).fill(BODY);
  await dialog.getByRole('button', { name: 'Publicar para todos' }).click();
  await expect(
    dialog.getByText('Es igual que la pregunta privada: reescríbela con tus palabras.'),
  ).toBeVisible();
  await dialog.getByLabel(/^Pregunta publicada/).fill(PUBLISHED_QUESTION);
  await dialog.getByLabel(/^Respuesta publicada/).fill(PUBLISHED_ANSWER);
  await dialog.getByRole('button', { name: 'Publicar para todos' }).click();
  await expect(facilitator.getByText('Publicada para todos los participantes')).toBeVisible();
  await expect(facilitator.getByRole('button', { name: 'Retirar la publicación' })).toBeVisible();
  await expectNoMissingTranslations(facilitator);

  // 4. Panadería sees its answer, and that a version without its name was published.
  await asker.reload();
  const answered = asker.getByRole('article', { name: SUBJECT });
  await expect(answered.getByText(ANSWER)).toBeVisible();
  await expect(answered.getByText(/publicó una versión sin vuestro nombre/)).toBeVisible();
  await expect(answered.getByText(PUBLISHED_QUESTION)).toBeVisible();

  // 5. Molino reads the published Q&A, and nothing that tells who asked.
  const other = await newPage(browser, 'portal', DEMO.molino);
  await portalScreen(other, 'Preguntas al facilitador');
  const item = other.getByRole('article', { name: PUBLISHED_QUESTION });
  await expect(item.getByText(PUBLISHED_ANSWER)).toBeVisible();
  await expect(
    other.getByText('Vuestra organización aún no ha hecho ninguna pregunta.'),
  ).toBeVisible();
  const main = await other.getByRole('main').innerText();
  for (const trace of ['Panadería', 'Pedro Panadero', SUBJECT, BODY, ANSWER, 'Harinas Ebro']) {
    expect(main).not.toContain(trace);
  }
  await screen(other, 'es', 'questions-03-portal-published');

  // The same screen in English.
  await setLanguage(other, 'en');
  await expect(
    other.getByRole('heading', { level: 1, name: 'Questions to the facilitator' }),
  ).toBeVisible();
  await expect(
    other.getByRole('heading', { name: 'Published questions and answers' }),
  ).toBeVisible();
  await expectNoMissingTranslations(other);
  await screen(other, 'en', 'questions-03-portal-published');
});
