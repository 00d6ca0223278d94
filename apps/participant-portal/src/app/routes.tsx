import { useMessages } from '@alianza/i18n';
import {
  ApiTokensMenuItem,
  NotificationPreferencesMenuItem,
  LiveNotificationsProvider,
  NavSections,
  CollaborationGate,
  NotFoundPage,
  ScreenOutlet,
  SecondFactorGate,
  SecurityMenuItem,
  Shell,
  useCollaborationNav,
  useCollaborationPresence,
  type NavSection,
} from '@alianza/ui';
import { lazy } from 'react';
import { useT, useTitle } from '../i18n';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { screenMessages } from './screen-messages';

// Each screen is its own chunk, loaded when first opened.
const ActivityPage = lazy(() =>
  import('../features/activity').then((m) => ({ default: m.ActivityPage })),
);
const BenchmarksPage = lazy(() =>
  import('../features/benchmarks').then((m) => ({ default: m.BenchmarksPage })),
);
const ApiTokensPage = lazy(() =>
  import('../features/api-tokens').then((m) => ({ default: m.ApiTokensPage })),
);
const EmailNotificationsPage = lazy(() =>
  import('../features/email-notifications').then((m) => ({ default: m.EmailNotificationsPage })),
);
const SecurityPage = lazy(() =>
  import('../features/security').then((m) => ({ default: m.SecurityPage })),
);
const ClosingPage = lazy(() =>
  import('../features/closing').then((m) => ({ default: m.ClosingPage })),
);
const ExchangePage = lazy(() =>
  import('../features/exchange').then((m) => ({ default: m.ExchangePage })),
);
const HomePage = lazy(() => import('../features/home').then((m) => ({ default: m.HomePage })));
const ItemsPage = lazy(() => import('../features/items').then((m) => ({ default: m.ItemsPage })));
const LedgerPage = lazy(() =>
  import('../features/ledger').then((m) => ({ default: m.LedgerPage })),
);
const OrganizationPage = lazy(() =>
  import('../features/organization').then((m) => ({ default: m.OrganizationPage })),
);
const WebhooksPage = lazy(() =>
  import('../features/webhooks').then((m) => ({ default: m.WebhooksPage })),
);
const PlanPage = lazy(() => import('../features/plan').then((m) => ({ default: m.PlanPage })));
const QuestionsPage = lazy(() =>
  import('../features/questions').then((m) => ({ default: m.QuestionsPage })),
);
const ReportPage = lazy(() =>
  import('../features/reports').then((m) => ({ default: m.ReportPage })),
);
const RulesPage = lazy(() => import('../features/rules').then((m) => ({ default: m.RulesPage })));
const SharedPage = lazy(() =>
  import('../features/shared').then((m) => ({ default: m.SharedPage })),
);
const PortalSearchPage = lazy(() =>
  import('../features/search').then((m) => ({ default: m.PortalSearchPage })),
);

/**
 * Everything behind the sign-in page, in a chunk of its own that loads once signed in: the
 * screens' texts, the two-step verification a role may require, live notifications and the
 * routes.
 */
export function SignedInPortal() {
  useMessages(screenMessages);
  // A role that requires two-step verification, without it, is sent to set it up first.
  return (
    <SecondFactorGate>
      <LiveNotificationsProvider>
        <PortalRoutes />
      </LiveNotificationsProvider>
    </SecondFactorGate>
  );
}

/** Screens of the portal. Collaboration screens live under /c/:collaborationId. */
export function PortalRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="organization" element={<OrganizationPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="api-tokens" element={<ApiTokensPage />} />
        <Route path="email-notifications" element={<EmailNotificationsPage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="search" element={<PortalSearchPage />} />
        <Route path="c/:collaborationId" element={<CollaborationGate />}>
          <Route index element={<RulesPage />} />
          <Route path="exchange" element={<ExchangePage />} />
          <Route path="activity" element={<ActivityPage />} />
          <Route path="items" element={<ItemsPage />} />
          <Route path="shared" element={<SharedPage />} />
          <Route path="benchmarks" element={<BenchmarksPage />} />
          <Route path="questions" element={<QuestionsPage />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="ledger" element={<LedgerPage />} />
          <Route path="closing" element={<ClosingPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function PortalLayout() {
  const { t } = useT('portal');
  const title = useTitle();
  const { collaborationId } = useParams();
  // The collaboration's menu only for a collaboration there is (not for a mistyped address).
  const { presence } = useCollaborationPresence(collaborationId);
  const navigate = useNavigate();
  const sections: NavSection[] = [
    {
      items: [
        { to: '/', label: title('home'), end: true },
        { to: '/organization', label: title('organization') },
        { to: '/webhooks', label: title('webhooks') },
        { to: '/report', label: title('reports') },
      ],
    },
    ...useCollaborationNav(presence === 'present' ? collaborationId : undefined, title, [
      {
        label: t('nav.collaboration'),
        items: [
          ['', 'rules'],
          ['exchange', 'exchange'],
          ['activity', 'activity'],
        ],
      },
      {
        label: t('nav.exchange'),
        items: [
          ['items', 'items'],
          ['shared', 'shared'],
          ['benchmarks', 'benchmarks'],
          ['questions', 'questions'],
        ],
      },
      {
        label: t('nav.plan'),
        items: [
          ['plan', 'plan'],
          ['ledger', 'ledger'],
          ['closing', 'closing'],
        ],
      },
    ]),
  ];
  return (
    <Shell
      appTitle={t('appTitle')}
      navigation={<NavSections sections={sections} />}
      userMenu={
        <>
          <NotificationPreferencesMenuItem />
          <SecurityMenuItem />
          <ApiTokensMenuItem />
        </>
      }
      onOpenNotification={(n) => {
        if (n.kind.startsWith('GRANT_')) navigate(`/c/${n.collaborationId}/shared`);
        else if (n.kind.startsWith('DISCLOSURE_')) navigate(`/c/${n.collaborationId}/items`);
        else if (n.kind.startsWith('LEDGER_')) navigate(`/c/${n.collaborationId}/ledger`);
        else if (n.kind.startsWith('PLAN_')) navigate(`/c/${n.collaborationId}/plan`);
        else if (n.kind.startsWith('ACTIVITY_')) navigate(`/c/${n.collaborationId}/activity`);
        else if (n.kind.startsWith('BENCHMARK_')) navigate(`/c/${n.collaborationId}/benchmarks`);
        else if (n.kind.startsWith('INQUIRY_')) navigate(`/c/${n.collaborationId}/questions`);
        else navigate(`/c/${n.collaborationId}`);
      }}
    >
      <ScreenOutlet />
    </Shell>
  );
}
