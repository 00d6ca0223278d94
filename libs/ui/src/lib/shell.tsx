import type { NotificationFieldsFragment } from '@alianza/graphql-client';
import {
  AppShell,
  Avatar,
  Box,
  Center,
  Loader,
  Burger,
  Group,
  Menu,
  NavLink as MantineNavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useT } from './i18n';
import { NavLink, Outlet, useLocation } from 'react-router';
import { AccountLanguageSwitch } from './account-language-switch';
import { NotificationsMenu } from './notifications';
import { SearchBox } from '../search/search-box';
import { useSession } from './session';
import { useNarrowScreen } from './narrow-screen';
import { EmailVerificationBanner } from '../account/email-address/email-verification-banner';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  /** Extra text on the right, e.g. a count of what needs attention. */
  readonly badge?: ReactNode;
  /** Match only this exact path (for index links). */
  readonly end?: boolean;
}

export interface NavSection {
  readonly label?: string;
  readonly items: readonly NavItem[];
}

/** Navigation links that know the current route (keyboard-reachable, aria-current set). */
export function NavSections(props: { sections: readonly NavSection[]; onNavigate?: () => void }) {
  const location = useLocation();
  return (
    <nav>
      {props.sections.map((section, index) => (
        <div key={section.label ?? index}>
          {section.label && (
            <Text size="xs" tt="uppercase" c="dimmed" fw={700} mt="md" mb={4} px="sm">
              {section.label}
            </Text>
          )}
          {section.items.map((item) => {
            const active = item.end
              ? location.pathname === item.to
              : location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
            return (
              <MantineNavLink
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.end}
                label={item.label}
                rightSection={item.badge}
                active={active}
                onClick={props.onNavigate}
              />
            );
          })}
        </div>
      ))}
    </nav>
  );
}

/**
 * The frame of both apps: header (app, notifications, language, user) and a side navigation.
 * On a phone (below `sm`) the navigation is a drawer opened by the burger, the search box moves
 * into it, and the language switch and the user menu get compact (ADR 0042).
 */
export function Shell(props: {
  appTitle: string;
  navigation: ReactNode;
  children: ReactNode;
  headerExtra?: ReactNode;
  /** Extra entries of the user menu (above "sign out"), e.g. <Menu.Item component={Link} …>. */
  userMenu?: ReactNode;
  onOpenNotification?: (n: NotificationFieldsFragment) => void;
}) {
  const { t } = useT('common');
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const narrow = useNarrowScreen();
  const location = useLocation();
  // Any navigation (a link of the drawer, a search, a notification opened) closes the drawer.
  useEffect(close, [location.key, close]);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'navigation.close' : 'navigation.open')}
            />
            <Text fw={800} c="teal">
              {t('product')}
            </Text>
            <Text fw={500} visibleFrom="xs">
              {props.appTitle}
            </Text>
            {props.headerExtra}
          </Group>
          <Group gap="xs" wrap="nowrap">
            {!narrow && <SearchBox />}
            <NotificationsMenu onOpen={props.onOpenNotification} />
            <AccountLanguageSwitch compact={narrow} />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton
                  aria-label={t('auth.signedInAs', { name: session.user.displayName })}
                >
                  {narrow ? (
                    <Avatar name={session.user.displayName} color="initials" size={30} />
                  ) : (
                    <Text size="sm" fw={500}>
                      {session.user.displayName}
                    </Text>
                  )}
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session.user.email}</Menu.Label>
                {props.userMenu}
                <Menu.Item onClick={() => void session.signOut()}>{t('actions.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        // Closed on a phone, the drawer is out of sight, of the keyboard and of screen readers.
        style={narrow && !opened ? { visibility: 'hidden' } : undefined}
      >
        {narrow && (
          <Box mb="xs">
            <SearchBox fullWidth />
          </Box>
        )}
        {/* A long menu (a collaboration's) scrolls on a short window rather than running off it. */}
        <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto' }}>{props.navigation}</Box>
      </AppShell.Navbar>
      <AppShell.Main>
        <EmailVerificationBanner />
        {props.children}
      </AppShell.Main>
    </AppShell>
  );
}

export function PageHeader(props: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
      <div>
        <Text component="h1" fz="h2" fw={700} m={0}>
          {props.title}
        </Text>
        {props.description && (
          <Text c="dimmed" size="sm">
            {props.description}
          </Text>
        )}
      </div>
      {props.actions && <Group gap="xs">{props.actions}</Group>}
    </Group>
  );
}

/** One section of a collaboration's navigation: each item is [path under /c/:id, namespace]. */
export interface CollaborationNavGroup<Namespace extends string = string> {
  readonly label: string;
  readonly items: readonly (readonly [path: string, namespace: Namespace])[];
}

/**
 * The navigation sections of a collaboration; each link is named by its screen's `title`, which
 * the app's `useTitle()` gives (typed by the app's namespaces: one without a title is refused).
 */
export function useCollaborationNav<Namespace extends string>(
  collaborationId: string | undefined,
  title: (namespace: Namespace) => string,
  groups: readonly CollaborationNavGroup<Namespace>[],
): NavSection[] {
  if (!collaborationId) return [];
  const base = `/c/${collaborationId}`;
  return groups.map((group) => ({
    label: group.label,
    items: group.items.map(([path, ns]) => ({
      to: path ? `${base}/${path}` : base,
      label: title(ns),
      end: !path,
    })),
  }));
}

/** The current screen, loaded on first use (screens are lazy chunks). */
export function ScreenOutlet() {
  const { t } = useT('common');
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader size="sm" aria-label={t('state.loading')} />
        </Center>
      }
    >
      <Outlet />
    </Suspense>
  );
}
