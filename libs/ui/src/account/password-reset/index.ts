export { ForgotPasswordPage } from './forgot-password-page';
export { ResetPasswordPage, PASSWORD_MIN_LENGTH } from './reset-password-page';
export { passwordResetMessages } from './messages';

/** The signed-out routes of the password reset, under each app's base path. */
export const FORGOT_PASSWORD_PATH = 'forgot-password';
export const RESET_PASSWORD_PATH = 'reset-password';
