import { NotificationKind } from '@alianza/shared';
import {
  appOf,
  homePath,
  notificationPath,
  settingsPath,
  unsubscribePath,
} from './notification-links';

const c = '5a0c1d3e-1111-4222-8333-944455556666';

describe('links from emails to the apps', () => {
  it('sends facilitators to the console screen where they take the notice up', () => {
    expect(notificationPath(NotificationKind.DISCLOSURE_PENDING, c, 'console')).toBe(
      `/console/c/${c}/queue`,
    );
    expect(notificationPath(NotificationKind.INQUIRY_ASKED, c, 'console')).toBe(
      `/console/c/${c}/questions`,
    );
    expect(notificationPath(NotificationKind.LEDGER_DISPUTED, c, 'console')).toBe(
      `/console/c/${c}/ledger`,
    );
    expect(notificationPath(NotificationKind.GRANT_REVOKED, c, 'console')).toBe(`/console/c/${c}`);
  });

  it('sends participants to the portal screen of the collaboration', () => {
    expect(notificationPath(NotificationKind.GRANT_RECEIVED, c, 'portal')).toBe(
      `/portal/c/${c}/shared`,
    );
    expect(notificationPath(NotificationKind.DISCLOSURE_DECIDED, c, 'portal')).toBe(
      `/portal/c/${c}/items`,
    );
    expect(notificationPath(NotificationKind.ACTIVITY_DECLARATION_CHANGED, c, 'portal')).toBe(
      `/portal/c/${c}/activity`,
    );
    expect(notificationPath(NotificationKind.BENCHMARK_OPEN, c, 'portal')).toBe(
      `/portal/c/${c}/benchmarks`,
    );
  });

  it('names the app by whether the recipient facilitates, with its home and settings', () => {
    expect(appOf(true)).toBe('console');
    expect(appOf(false)).toBe('portal');
    expect(homePath('portal')).toBe('/portal/');
    expect(settingsPath('console')).toBe('/console/email-notifications');
    expect(unsubscribePath()).toBe('/portal/unsubscribe');
  });
});
