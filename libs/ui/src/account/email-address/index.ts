export { ChangeEmailForm } from './change-email-form';
export { EmailLinkPage, type EmailLinkKind } from './email-link-page';
export { EmailVerificationBanner } from './email-verification-banner';
export { emailAddressMessages } from './messages';
