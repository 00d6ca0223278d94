import { PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Badge, Stack, Tabs } from '@mantine/core';
import { useT } from '../../i18n';
import { useSearchParams } from 'react-router';
import { BalancesPanel } from './balances-panel';
import { EntriesPanel } from './entries-panel';
import { PledgesPanel } from './pledges-panel';
import { SettingsPanel } from './settings-panel';
import { useLedger, type LedgerModel } from './use-ledger';

const TABS = ['balances', 'entries', 'pledges', 'settings'] as const;
type Tab = (typeof TABS)[number];

export function LedgerPage() {
  const { t } = useT('ledger');
  const collaborationId = useCollaborationId();
  const { query, model } = useLedger(collaborationId);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!model}
        onRetry={() => void query.refetch()}
      >
        {model && <LedgerTabs model={model} />}
      </QueryState>
    </>
  );
}

function LedgerTabs(props: { model: LedgerModel }) {
  const { t } = useT('ledger');
  const { model } = props;
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'balances';
  const toAct = model.pendingCount + model.disputedCount;
  return (
    <Stack>
      {model.readOnly && <Alert color="gray">{t('readOnly')}</Alert>}
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) =>
          setParams(value && value !== 'balances' ? { tab: value } : {}, { replace: true })
        }
      >
        <Tabs.List>
          <Tabs.Tab value="balances">{t('tabs.balances')}</Tabs.Tab>
          <Tabs.Tab
            value="entries"
            rightSection={
              toAct > 0 ? (
                <Badge
                  size="sm"
                  circle
                  color={model.disputedCount > 0 ? 'orange' : 'yellow'}
                  aria-label={t('tabs.toAct', { count: toAct })}
                >
                  {toAct}
                </Badge>
              ) : undefined
            }
          >
            {t('tabs.entries')}
          </Tabs.Tab>
          <Tabs.Tab
            value="pledges"
            rightSection={
              model.overduePledgeCount > 0 ? (
                <Badge
                  size="sm"
                  circle
                  color="red"
                  aria-label={t('tabs.overduePledges', { count: model.overduePledgeCount })}
                >
                  {model.overduePledgeCount}
                </Badge>
              ) : undefined
            }
          >
            {t('tabs.pledges')}
          </Tabs.Tab>
          <Tabs.Tab value="settings">{t('tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="balances" pt="md">
          <BalancesPanel model={model} />
        </Tabs.Panel>
        <Tabs.Panel value="entries" pt="md">
          <EntriesPanel model={model} />
        </Tabs.Panel>
        <Tabs.Panel value="pledges" pt="md">
          <PledgesPanel model={model} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsPanel model={model} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
