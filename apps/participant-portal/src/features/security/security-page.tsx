import { AccountSecurityPage } from '@alianza/ui';

/** The account's security screen: two-step verification, active sessions, the calendar address and the log (shared, in libs/ui). */
export function SecurityPage() {
  return <AccountSecurityPage />;
}
