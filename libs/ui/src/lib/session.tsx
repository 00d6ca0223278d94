import {
  useDemoSignInQuery,
  useLogoutMutation,
  useMeQuery,
  type SessionUserFragment,
} from '@alianza/graphql-client';
import { useApolloClient } from '@apollo/client/react';
import { Anchor, Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense, createContext, useContext, type ReactNode } from 'react';
import { useT } from './i18n';
import { ErrorAlert } from './api-error';
import { useAccountLanguage } from './account-language';
import { LanguageSwitch } from './language-switch';
import { SignInForm } from './sign-in-form';
import { clearDrafts } from './draft-storage';

interface Session {
  readonly user: SessionUserFragment;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only inside <SessionGate>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionGate>');
  return session;
}

/** The signed-in user's id, or null outside <SessionGate> (a form shown on its own). */
export function useSignedInUserId(): string | null {
  return useContext(SessionContext)?.user.id ?? null;
}

/**
 * Shows the sign-in form until there is a session, then the app (a loader while a lazy app
 * loads). `allow` refuses users this app is not for (with a message and the other app's
 * address), instead of a broken screen.
 */
export function SessionGate(props: {
  appTitle: string;
  children: ReactNode;
  allow?: (user: SessionUserFragment) => boolean;
  refusal?: ReactNode;
}) {
  const { t } = useT('common');
  const me = useMeQuery({ fetchPolicy: 'network-only' });
  const apollo = useApolloClient();
  const [logout] = useLogoutMutation();
  useAccountLanguage(me.data?.me?.locale);
  const loading = (
    <Center h="100vh">
      <Loader aria-label={t('state.loading')} />
    </Center>
  );
  if (me.loading && !me.data) return loading;
  if (me.error && !me.data) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  const user = me.data?.me;
  if (!user) return <LoginPage appTitle={props.appTitle} onSignedIn={() => void me.refetch()} />;
  const session: Session = {
    user,
    signOut: async () => {
      await logout();
      // The computer may be shared: what this user was writing leaves with them.
      clearDrafts(user.id);
      await apollo.clearStore();
      await me.refetch();
    },
  };
  if (props.allow && !props.allow(user)) {
    return (
      <SessionContext.Provider value={session}>
        <Center h="100vh" p="md">
          <Paper withBorder p="xl" maw={480}>
            <Stack>
              {props.refusal}
              <Button variant="default" onClick={() => void session.signOut()}>
                {t('actions.signOut')}
              </Button>
            </Stack>
          </Paper>
        </Center>
      </SessionContext.Provider>
    );
  }
  // The app behind the gate may be a lazy chunk: the same loader until it arrives.
  return (
    <SessionContext.Provider value={session}>
      <Suspense fallback={loading}>{props.children}</Suspense>
    </SessionContext.Provider>
  );
}

export function LoginPage(props: { appTitle: string; onSignedIn: () => void }) {
  const { t } = useT('common');
  // Only an instance that holds the demo data tells its password.
  const demo = useDemoSignInQuery().data?.demoSignIn;
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={400} component="main">
        <SignInForm
          onSignedIn={props.onSignedIn}
          header={
            <div>
              <Text c="teal" fw={700}>
                {t('product')}
              </Text>
              <Title order={1} size="h3">
                {props.appTitle}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.title')}
              </Text>
            </div>
          }
          footer={
            <>
              {/* A page of its own, outside the sign-in gate (ForgotPasswordPage). */}
              <Anchor href={`${import.meta.env.BASE_URL}forgot-password`} size="sm">
                {t('auth.forgotPassword')}
              </Anchor>
              {demo && (
                <Text size="xs" c="dimmed">
                  {t('auth.demoHint', { password: demo.password })}
                </Text>
              )}
              <Anchor component="div" size="xs">
                <LanguageSwitch />
              </Anchor>
            </>
          }
        />
      </Paper>
    </Center>
  );
}
