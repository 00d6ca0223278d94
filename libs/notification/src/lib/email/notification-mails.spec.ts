import { NotificationKind } from '@alianza/shared';
import { digestMail, notificationMail } from './notification-mails';

const urls = {
  url: 'https://alianza.example/portal/c/1/items',
  settingsUrl: 'https://alianza.example/portal/email-notifications',
  unsubscribeUrl: 'https://alianza.example/portal/unsubscribe?token=t',
};

describe('notification emails', () => {
  it.each(['es', 'en'] as const)(
    'say in %s what happened for every kind, with the link, the settings and the way out',
    (locale) => {
      const titles = new Set<string>();
      for (const kind of Object.values(NotificationKind)) {
        const mail = notificationMail(locale, { kind, ...urls });
        expect(mail.subject).toBe(mail.heading);
        titles.add(mail.subject);
        expect(mail.action).toEqual({ label: expect.any(String), url: urls.url });
        const text = [...mail.paragraphs, ...(mail.afterAction ?? [])].join('\n');
        expect(text).toContain(urls.settingsUrl);
        expect(text).toContain(urls.unsubscribeUrl);
        expect(mail.reason).toContain(mail.subject);
      }
      // Each kind reads differently.
      expect(titles.size).toBe(Object.values(NotificationKind).length);
    },
  );

  it('gathers a digest by kind, counted, with one way out per kind', () => {
    const mail = digestMail('es', {
      homeUrl: 'https://alianza.example/portal/',
      settingsUrl: urls.settingsUrl,
      lines: [
        {
          kind: NotificationKind.GRANT_RECEIVED,
          count: 3,
          url: 'https://a/x',
          unsubscribeUrl: 'https://a/u1',
        },
        {
          kind: NotificationKind.PLAN_OVERDUE,
          count: 1,
          url: 'https://a/y',
          unsubscribeUrl: 'https://a/u2',
        },
      ],
    });
    expect(mail.subject).toBe('Tu resumen diario de Alianza: 4 avisos');
    expect(mail.paragraphs).toEqual(
      expect.arrayContaining([
        'Han compartido información contigo: 3 — https://a/x',
        'Tarea o hito vencido: 1 — https://a/y',
      ]),
    );
    const text = (mail.afterAction ?? []).join('\n');
    expect(text).toContain('https://a/u1');
    expect(text).toContain('https://a/u2');
    expect(mail.action?.url).toBe('https://alianza.example/portal/');
    expect(
      digestMail('en', {
        homeUrl: 'h',
        settingsUrl: 's',
        lines: [{ kind: NotificationKind.PLAN_OVERDUE, count: 1, url: 'u', unsubscribeUrl: 'x' }],
      }).subject,
    ).toBe('Your Alianza daily digest: 1 notification');
  });
});
