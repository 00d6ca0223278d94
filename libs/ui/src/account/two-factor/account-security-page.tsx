import { PageHeader } from '../../lib/shell';
import { CalendarFeedSection } from '../calendar-feed/calendar-feed-section';
import { ChangeEmailForm } from '../email-address/change-email-form';
import { useT } from '../../lib/i18n';
import { ActiveSessions } from '../sessions/active-sessions';
import { AccountEventsLog } from './account-events-log';
import { TwoFactorSettings } from './two-factor-settings';

/**
 * The account's security screen, the same in both apps: its address, two-step verification,
 * where the account is signed in, its private calendar address, and the log.
 */
export function AccountSecurityPage() {
  const { t } = useT('two-factor');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <ChangeEmailForm />
      <TwoFactorSettings />
      <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
        <ActiveSessions />
      </div>
      <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
        <CalendarFeedSection />
      </div>
      <div style={{ marginTop: 'var(--mantine-spacing-lg)' }}>
        <AccountEventsLog />
      </div>
    </>
  );
}
