import {
  NavSections,
  NotFoundPage,
  ScreenOutlet,
  Shell,
  useCollaborationNav,
  type NavSection,
} from '@alianza/ui';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router';

// Each screen is its own chunk, loaded when first opened.
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
const PlanPage = lazy(() => import('../features/plan').then((m) => ({ default: m.PlanPage })));
const RulesPage = lazy(() => import('../features/rules').then((m) => ({ default: m.RulesPage })));
const SharedPage = lazy(() =>
  import('../features/shared').then((m) => ({ default: m.SharedPage })),
);

/** Screens of the portal. Collaboration screens live under /c/:collaborationId. */
export function PortalRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="organization" element={<OrganizationPage />} />
        <Route path="c/:collaborationId">
          <Route index element={<RulesPage />} />
          <Route path="exchange" element={<ExchangePage />} />
          <Route path="items" element={<ItemsPage />} />
          <Route path="shared" element={<SharedPage />} />
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
  const { t } = useTranslation('portal');
  const tf = useTranslation().t;
  const { collaborationId } = useParams();
  const navigate = useNavigate();
  const sections: NavSection[] = [
    {
      items: [
        { to: '/', label: tf('title', { ns: 'home' }), end: true },
        { to: '/organization', label: tf('title', { ns: 'organization' }) },
      ],
    },
    ...useCollaborationNav(collaborationId, [
      {
        label: t('nav.collaboration'),
        items: [
          ['', 'rules'],
          ['exchange', 'exchange'],
        ],
      },
      {
        label: t('nav.exchange'),
        items: [
          ['items', 'items'],
          ['shared', 'shared'],
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
      onOpenNotification={(n) => {
        if (n.kind.startsWith('grant.')) navigate(`/c/${n.collaborationId}/shared`);
        else if (n.kind.startsWith('disclosure.')) navigate(`/c/${n.collaborationId}/items`);
        else if (n.kind.startsWith('ledger.')) navigate(`/c/${n.collaborationId}/ledger`);
        else if (n.kind.startsWith('plan.')) navigate(`/c/${n.collaborationId}/plan`);
        else navigate(`/c/${n.collaborationId}`);
      }}
    >
      <ScreenOutlet />
    </Shell>
  );
}
