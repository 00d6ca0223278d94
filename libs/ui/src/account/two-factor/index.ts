export { AccountSecurityPage } from './account-security-page';
export {
  AccountEventsLog,
  AccountEventsTable,
  shortAgent,
  type AccountEventRow,
} from './account-events-log';
export { twoFactorMessages, twoFactorSignInMessages } from './messages';
export { RecoveryCodesReveal, recoveryCodesFile } from './recovery-codes';
export { SecondFactorGate } from './second-factor-gate';
export { SecondFactorStep } from './second-factor-step';
export { SecurityMenuItem, SECURITY_PATH } from './security-menu-item';
export { TwoFactorSetupFlow, groupedSecret } from './setup-flow';
export { TwoFactorSettings } from './two-factor-settings';
