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
  useSession,
  type NavSection,
} from '@alianza/ui';
import { lazy } from 'react';
import { useT, useTitle } from '../i18n';
import { Navigate, Route, Routes, useNavigate, useParams } from 'react-router';
import { PlatformAdminOnly } from './platform-admin-only';
import { screenMessages } from './screen-messages';

// Each screen is its own chunk, loaded when first opened.
const ActivityPage = lazy(() =>
  import('../features/activity').then((m) => ({ default: m.ActivityPage })),
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
const AdminMailPage = lazy(() =>
  import('../features/admin-mail').then((m) => ({ default: m.AdminMailPage })),
);
const AdminUsersPage = lazy(() =>
  import('../features/admin-users').then((m) => ({ default: m.AdminUsersPage })),
);
const AreasPage = lazy(() => import('../features/areas').then((m) => ({ default: m.AreasPage })));
const AuditPage = lazy(() => import('../features/audit').then((m) => ({ default: m.AuditPage })));
const BenchmarksPage = lazy(() =>
  import('../features/benchmarks').then((m) => ({ default: m.BenchmarksPage })),
);
const ClosingPage = lazy(() =>
  import('../features/closing').then((m) => ({ default: m.ClosingPage })),
);
const CollaborationsPage = lazy(() =>
  import('../features/collaborations').then((m) => ({ default: m.CollaborationsPage })),
);
const GrantsPage = lazy(() =>
  import('../features/grants').then((m) => ({ default: m.GrantsPage })),
);
const LedgerPage = lazy(() =>
  import('../features/ledger').then((m) => ({ default: m.LedgerPage })),
);
const OverviewPage = lazy(() =>
  import('../features/overview').then((m) => ({ default: m.OverviewPage })),
);
const ParticipantsPage = lazy(() =>
  import('../features/participants').then((m) => ({ default: m.ParticipantsPage })),
);
const PlanPage = lazy(() => import('../features/plan').then((m) => ({ default: m.PlanPage })));
const PortfolioPage = lazy(() =>
  import('../features/reports').then((m) => ({ default: m.PortfolioPage })),
);
const PublicationsPage = lazy(() =>
  import('../features/publications').then((m) => ({ default: m.PublicationsPage })),
);
const QuestionsPage = lazy(() =>
  import('../features/questions').then((m) => ({ default: m.QuestionsPage })),
);
const QueuePage = lazy(() => import('../features/queue').then((m) => ({ default: m.QueuePage })));
const ReportPage = lazy(() =>
  import('../features/reports').then((m) => ({ default: m.ReportPage })),
);
const RulesPage = lazy(() => import('../features/rules').then((m) => ({ default: m.RulesPage })));
const ViewAsPage = lazy(() =>
  import('../features/view-as').then((m) => ({ default: m.ViewAsPage })),
);
const WebhooksPage = lazy(() =>
  import('../features/webhooks').then((m) => ({ default: m.WebhooksPage })),
);
const ConsoleSearchPage = lazy(() =>
  import('../features/search').then((m) => ({ default: m.ConsoleSearchPage })),
);

/**
 * Everything behind the sign-in page, in a chunk of its own that loads once signed in: the
 * screens' texts, the two-step verification a role may require, live notifications and the
 * routes.
 */
export function SignedInConsole() {
  useMessages(screenMessages);
  // A role that requires two-step verification, without it, is sent to set it up first.
  return (
    <SecondFactorGate>
      <LiveNotificationsProvider>
        <ConsoleRoutes />
      </LiveNotificationsProvider>
    </SecondFactorGate>
  );
}

/** Screens of the console. Collaboration screens live under /c/:collaborationId. */
export function ConsoleRoutes() {
  return (
    <Routes>
      <Route element={<ConsoleLayout />}>
        <Route index element={<CollaborationsPage />} />
        <Route path="portfolio" element={<PortfolioPage />} />
        <Route path="api-tokens" element={<ApiTokensPage />} />
        <Route path="email-notifications" element={<EmailNotificationsPage />} />
        <Route path="security" element={<SecurityPage />} />
        <Route path="search" element={<ConsoleSearchPage />} />
        <Route path="admin" element={<PlatformAdminOnly />}>
          <Route index element={<Navigate to="users" replace />} />
          <Route path="users" element={<AdminUsersPage />} />
          <Route path="mail" element={<AdminMailPage />} />
        </Route>
        <Route path="c/:collaborationId" element={<CollaborationGate />}>
          <Route index element={<OverviewPage />} />
          <Route path="participants" element={<ParticipantsPage />} />
          <Route path="rules" element={<RulesPage />} />
          <Route path="areas" element={<AreasPage />} />
          <Route path="activity" element={<ActivityPage />} />
          <Route path="queue" element={<QueuePage />} />
          <Route path="grants" element={<GrantsPage />} />
          <Route path="view-as" element={<ViewAsPage />} />
          <Route path="publications" element={<PublicationsPage />} />
          <Route path="benchmarks" element={<BenchmarksPage />} />
          <Route path="questions" element={<QuestionsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="plan" element={<PlanPage />} />
          <Route path="ledger" element={<LedgerPage />} />
          <Route path="closing" element={<ClosingPage />} />
          <Route path="report" element={<ReportPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function ConsoleLayout() {
  const { t } = useT('console');
  const reports = useT('reports').t;
  const title = useTitle();
  const { collaborationId } = useParams();
  // The collaboration's menu only for a collaboration there is (not for a mistyped address).
  const { presence } = useCollaborationPresence(collaborationId);
  const navigate = useNavigate();
  const { user } = useSession();
  const sections: NavSection[] = [
    {
      items: [
        { to: '/', label: t('nav.collaborations'), end: true },
        { to: '/portfolio', label: reports('portfolio.title') },
      ],
    },
    ...useCollaborationNav(presence === 'present' ? collaborationId : undefined, title, [
      {
        label: t('nav.collaboration'),
        items: [
          ['', 'overview'],
          ['participants', 'participants'],
          ['rules', 'rules'],
          ['areas', 'areas'],
          ['activity', 'activity'],
        ],
      },
      {
        label: t('nav.exchange'),
        items: [
          ['queue', 'queue'],
          ['grants', 'grants'],
          ['view-as', 'view-as'],
          ['publications', 'publications'],
          ['benchmarks', 'benchmarks'],
          ['questions', 'questions'],
          ['audit', 'audit'],
          ['webhooks', 'webhooks'],
        ],
      },
      {
        label: t('nav.plan'),
        items: [
          ['plan', 'plan'],
          ['ledger', 'ledger'],
          ['closing', 'closing'],
          ['report', 'reports'],
        ],
      },
    ]),
    // Only a platform administrator sees what only they may do.
    ...(user.isPlatformAdmin
      ? [
          {
            label: t('nav.admin'),
            items: [
              { to: '/admin/users', label: title('admin-users') },
              { to: '/admin/mail', label: title('admin-mail') },
            ],
          },
        ]
      : []),
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
        if (n.kind === 'DISCLOSURE_PENDING') navigate(`/c/${n.collaborationId}/queue`);
        else if (n.kind.startsWith('LEDGER_')) navigate(`/c/${n.collaborationId}/ledger`);
        else if (n.kind.startsWith('PLAN_')) navigate(`/c/${n.collaborationId}/plan`);
        else if (n.kind.startsWith('BENCHMARK_')) navigate(`/c/${n.collaborationId}/benchmarks`);
        else if (n.kind.startsWith('INQUIRY_')) navigate(`/c/${n.collaborationId}/questions`);
        else navigate(`/c/${n.collaborationId}`);
      }}
    >
      <ScreenOutlet />
    </Shell>
  );
}
