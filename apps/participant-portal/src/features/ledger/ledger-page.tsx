import {
  EmptyState,
  PageHeader,
  QueryState,
  useCollaborationId,
  useLiveNotifications,
  useEnumLabel,
} from '@alianza/ui';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { BalanceCards, BalanceChart } from './balance-summary';
import { DeclareModal } from './declare-modal';
import { EntriesSection } from './entries-section';
import { ourBalance, ourOrganizationId } from './ledger-helpers';
import { usePortalLedgerAccessQuery, usePortalLedgerQuery } from './ledger.generated';
import { PledgesPanel } from './pledges-panel';
import { useLedgerValue } from './value-format';

/**
 * The ledger opens when the collaboration is activated, and only for organizations that
 * accepted: before that, say why the screen is empty and where to go.
 */
export function LedgerPage() {
  const { t } = useT('ledger');
  const collaborationId = useCollaborationId();
  const access = usePortalLedgerAccessQuery({ variables: { collaborationId } });
  const collaboration = access.data?.collaboration;
  const accepted = collaboration?.myParticipations.some((p) => p.status === 'ACCEPTED');
  if (collaboration && collaboration.status !== 'DRAFT' && accepted) return <LedgerScreen />;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={access.loading}
        error={access.error}
        hasData={!!collaboration}
        onRetry={() => void access.refetch()}
      >
        {collaboration && (
          <Alert color="gray" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{accepted ? t('notStarted') : t('notParticipant')}</Text>
              {!accepted && (
                <Anchor component={Link} to={`/c/${collaborationId}`} size="sm">
                  {t('toRules')}
                </Anchor>
              )}
            </Stack>
          </Alert>
        )}
      </QueryState>
    </>
  );
}

function LedgerScreen() {
  const { t } = useT('ledger');
  const enumLabel = useEnumLabel();
  const collaborationId = useCollaborationId();
  const query = usePortalLedgerQuery({ variables: { collaborationId } });
  const [declaring, setDeclaring] = useState(false);
  const data = query.data;
  const formatValue = useLedgerValue(data?.ledgerSettings);
  useLiveNotifications(['LEDGER_TO_CONFIRM', 'LEDGER_DISPUTED', 'LEDGER_PLEDGE_OVERDUE'], () => {
    void query.refetch();
  });

  const view = useMemo(() => {
    if (!data) return null;
    const organizationId = ourOrganizationId(data.collaboration);
    const active = data.collaboration.participations.filter((p) => p.active);
    return {
      organizationId,
      names: new Map(
        data.collaboration.participations.map((p) => [p.organizationId, p.organization.name]),
      ),
      others: active
        .filter((p) => p.organizationId !== organizationId)
        .map((p) => ({ id: p.organizationId, name: p.organization.name })),
      balance: ourBalance(data.ledgerBalances, organizationId),
    };
  }, [data]);
  const open = data?.collaboration.status !== 'CLOSED';

  return (
    <>
      <PageHeader
        title={t('title')}
        description={
          data
            ? t('descriptionScale', {
                scale:
                  data.ledgerSettings.valuationScale === 'MONEY' && data.ledgerSettings.currency
                    ? data.ledgerSettings.currency
                    : enumLabel('ValuationScale', data.ledgerSettings.valuationScale),
              })
            : t('description')
        }
        actions={
          view?.organizationId &&
          open && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDeclaring(true)}
            >
              {t('declare.button')}
            </Button>
          )
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!data}
        onRetry={() => void query.refetch()}
      >
        {data && view && !view.organizationId && <EmptyState text={t('notParticipant')} />}
        {data && view?.organizationId && (
          <Stack gap="lg">
            {!open && (
              <Alert color="gray" variant="light">
                {t('closedNotice')}
              </Alert>
            )}
            <div>
              <BalanceCards balance={view.balance} formatValue={formatValue} />
              <Text size="xs" c="dimmed" mt={6}>
                {t('balance.explain')}
              </Text>
            </div>
            <BalanceChart
              collaborationId={collaborationId}
              organizationId={view.organizationId}
              scale={data?.ledgerSettings}
              formatValue={formatValue}
            />
            <EntriesSection
              collaborationId={collaborationId}
              organizationId={view.organizationId}
              names={view.names}
              formatValue={formatValue}
              canAct={open}
            />
            <PledgesPanel
              pledges={data.collaboration.pledges.nodes}
              organizationId={view.organizationId}
              names={view.names}
              others={view.others}
              collaborationId={collaborationId}
              canPledge={open}
            />
            <DeclareModal
              opened={declaring}
              onClose={() => setDeclaring(false)}
              collaborationId={collaborationId}
              others={view.others}
              scale={data.ledgerSettings}
            />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
