import { registerEnumType } from '@nestjs/graphql';

/** The languages of the interface and of emails: Spanish first. */
export const Locale = { ES: 'es', EN: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

export const LOCALES: readonly Locale[] = [Locale.ES, Locale.EN];

registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language of the interface and of the emails a person receives.',
  valuesMap: { ES: { description: 'Español' }, EN: { description: 'English' } },
});

/** `value` when it is a language emails are written in, else `fallback` (Spanish by default). */
export function mailLocale(value: string | null | undefined, fallback: Locale = 'es'): Locale {
  return LOCALES.find((locale) => locale === value) ?? fallback;
}

/** The one button of a message: where the person is asked to go. */
export interface MailAction {
  label: string;
  /** Absolute http(s) URL, usually `MailService.link(...)`. */
  url: string;
}

/**
 * What a message says, already in the recipient's language. Never sensitive content (no item
 * text): it says what happened and links to the app. libs/mail adds the product's name, the
 * layout, the plain-text version and the footer.
 */
export interface MailContent {
  subject: string;
  heading: string;
  /** Plain text (escaped when rendered), one paragraph each. */
  paragraphs: string[];
  action?: MailAction;
  /** Plain-text paragraphs after the button (how long the link lasts, what to do if it was not you). */
  afterAction?: string[];
  /** Why the person got it, for the footer. */
  reason: string;
}

/** One message to queue (`MailService.enqueue`). */
export interface MailRequest {
  to: string;
  /** A short kebab-case name of what the message is (`password-reset`): shown to the admin. */
  kind: string;
  locale: Locale;
  content: MailContent;
  /**
   * An https URL that stops this kind of message when POSTed to (RFC 8058 one-click): sent as
   * the `List-Unsubscribe` and `List-Unsubscribe-Post` headers, so mail clients show their own
   * "unsubscribe" button. Only for messages a person chose to receive (notifications).
   */
  listUnsubscribe?: string;
}
