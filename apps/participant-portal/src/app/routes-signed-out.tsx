import { CONFIRM_EMAIL_CHANGE_PATH, UNSUBSCRIBE_PATH, VERIFY_EMAIL_PATH } from '@alianza/shared';
import {
  EmailLinkPage,
  FORGOT_PASSWORD_PATH,
  ForgotPasswordPage,
  RESET_PASSWORD_PATH,
  ResetPasswordPage,
} from '@alianza/ui';
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { useT } from '../i18n';

// Opened from a notification email, signed in or not.
const UnsubscribePage = lazy(() =>
  import('../features/unsubscribe').then((m) => ({ default: m.UnsubscribePage })),
);

/**
 * The pages reachable signed out (forgot password, the reset link's page, the unsubscribe link's
 * page, the pages of the links that confirm an address); every other path goes through `gate` (the sign-in page until there is a session, then
 * the app's routes).
 */
export function SignedOutRoutes(props: { gate: ReactElement }) {
  const { t } = useT('portal');
  const { t: common } = useT('common');
  return (
    <Routes>
      <Route
        path={FORGOT_PASSWORD_PATH}
        element={<ForgotPasswordPage appTitle={t('appTitle')} />}
      />
      <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage appTitle={t('appTitle')} />} />
      <Route
        path={VERIFY_EMAIL_PATH}
        element={<EmailLinkPage appTitle={t('appTitle')} kind="verify" />}
      />
      <Route
        path={CONFIRM_EMAIL_CHANGE_PATH}
        element={<EmailLinkPage appTitle={t('appTitle')} kind="change" />}
      />
      <Route
        path={UNSUBSCRIBE_PATH}
        element={
          <Suspense
            fallback={
              <Center h="100vh">
                <Loader aria-label={common('state.loading')} />
              </Center>
            }
          >
            <UnsubscribePage />
          </Suspense>
        }
      />
      <Route path="*" element={props.gate} />
    </Routes>
  );
}
