import { useFormat } from '@alianza/i18n';
import type { ActivityDimension } from '@alianza/graphql-client/types';
import {
  EmptyState,
  EnumBadge,
  PageHeader,
  QueryState,
  useAction,
  useCollaborationId,
  useEnumLabel,
} from '@alianza/ui';
import { Alert, Card, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useDialog } from '../plan/use-dialog';
import { overlapsOfArea, type DetectedOverlap } from './activity-helpers';
import {
  ConsoleActivityDocument,
  useConsoleActivityQuery,
  useConsoleSetActivityOptionsMutation,
} from './activity.generated';
import { DetectedTable } from './detected-table';
import { OptionListForm, OptionLists } from './option-lists';
import { DeclareDetectedModal, DismissDetectedModal } from './review-modals';

type Review = { action: 'declare' | 'dismiss'; overlap: DetectedOverlap };

/**
 * Overlap detection: the option lists of each area, and where the companies' declared
 * activities collide (pairs, and groups of three or more), to declare or dismiss.
 */
export function ActivityPage() {
  const { t } = useT('activity');
  const tc = useT('common').t;
  const enumLabel = useEnumLabel();
  const format = useFormat();
  const run = useAction();
  const collaborationId = useCollaborationId();
  const query = useConsoleActivityQuery({ variables: { collaborationId } });
  const data = query.data;
  const [areaId, setAreaId] = useState<string | null>(null);
  const [editing, openEditor, closeEditor] = useDialog<ActivityDimension>();
  const [review, openReview, closeReview] = useDialog<Review>();
  const [setOptions, setting] = useConsoleSetActivityOptionsMutation({
    refetchQueries: [ConsoleActivityDocument],
    awaitRefetchQueries: true,
  });

  const areas = useMemo(() => data?.collaboration.areas.nodes ?? [], [data]);
  const detected = useMemo(() => data?.collaboration.detectedOverlaps.nodes ?? [], [data]);
  // Until one is picked: the first area with something detected, else the first area.
  const area =
    areas.find((a) => a.id === areaId) ??
    areas.find((a) => detected.some((d) => d.areaId === a.id)) ??
    areas[0];
  const { pairs, groups } = useMemo(() => overlapsOfArea(detected, area?.id), [detected, area]);
  const options = useMemo(
    () => (data?.collaboration.activityOptions.nodes ?? []).filter((o) => o.areaId === area?.id),
    [data, area],
  );
  const nameOf = useMemo(
    () =>
      new Map(
        (data?.collaboration.participations ?? []).map((p) => [
          p.organizationId,
          p.organization.name,
        ]),
      ),
    [data],
  );
  const names = (overlap: DetectedOverlap) => {
    const list = new Intl.ListFormat(format.locale, { style: 'long', type: 'conjunction' });
    const collator = new Intl.Collator(format.locale);
    return list.format(
      overlap.organizationIds
        .map((id) => nameOf.get(id) ?? t('detected.formerParticipant'))
        .sort(collator.compare),
    );
  };
  const canChange = data ? data.collaboration.status !== 'CLOSED' : false;

  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={Boolean(data)}
        onRetry={() => void query.refetch()}
      >
        {data && !area && <EmptyState text={t('detected.empty')} />}
        {data && area && (
          <Stack>
            <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden />}>
              <Text size="sm">{t('privacy')}</Text>
            </Alert>
            {!canChange && (
              <Alert color="gray" variant="light">
                <Text size="sm">{t('closed')}</Text>
              </Alert>
            )}
            <Group align="flex-end" gap="sm">
              <Select
                label={t('area')}
                data={areas.map((a) => {
                  const count = detected.filter((d) => d.areaId === a.id).length;
                  return {
                    value: a.id,
                    label: count ? t('areaOption', { name: a.name, count }) : a.name,
                  };
                })}
                value={area.id}
                onChange={(value) => value && setAreaId(value)}
                allowDeselect={false}
                w={340}
              />
              <EnumBadge enum="AreaSensitivity" value={area.sensitivity} size="md" />
            </Group>
            <OptionLists options={options} canChange={canChange} onEdit={openEditor} />
            <Card withBorder padding="md">
              <Stack>
                {pairs.length + groups.length === 0 ? (
                  <EmptyState text={t('detected.empty')} />
                ) : (
                  <>
                    <Title order={2} size="h4">
                      {t('detected.pairsHeading')}
                    </Title>
                    <DetectedTable
                      kind="PAIR"
                      label={t('detected.pairsLabel', { area: area.name })}
                      overlaps={pairs}
                      names={names}
                      canChange={canChange}
                      onDeclare={(overlap) => openReview({ action: 'declare', overlap })}
                      onDismiss={(overlap) => openReview({ action: 'dismiss', overlap })}
                    />
                    <div>
                      <Title order={2} size="h4">
                        {t('detected.groupsHeading')}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t('detected.groupsIntro')}
                      </Text>
                    </div>
                    <DetectedTable
                      kind="GROUP"
                      label={t('detected.groupsLabel', { area: area.name })}
                      overlaps={groups}
                      names={names}
                      canChange={canChange}
                      onDeclare={(overlap) => openReview({ action: 'declare', overlap })}
                      onDismiss={(overlap) => openReview({ action: 'dismiss', overlap })}
                    />
                  </>
                )}
              </Stack>
            </Card>
            {editing && (
              <Modal
                opened
                onClose={closeEditor}
                size="lg"
                title={t('editor.heading', {
                  dimension: enumLabel('ActivityDimension', editing),
                  area: area.name,
                })}
                closeButtonProps={{ 'aria-label': tc('actions.close') }}
              >
                <OptionListForm
                  current={options.filter((o) => o.dimension === editing).map((o) => o.label)}
                  saving={setting.loading}
                  onCancel={closeEditor}
                  onSave={(labels) =>
                    void run(
                      () =>
                        setOptions({
                          variables: { areaId: area.id, input: { dimension: editing, labels } },
                        }),
                      t('editor.saved'),
                    ).then((done) => done && closeEditor())
                  }
                />
              </Modal>
            )}
            {review?.action === 'declare' && (
              <DeclareDetectedModal
                overlap={review.overlap}
                areaName={area.name}
                names={names(review.overlap)}
                onClose={closeReview}
              />
            )}
            {review?.action === 'dismiss' && (
              <DismissDetectedModal
                overlap={review.overlap}
                areaName={area.name}
                names={names(review.overlap)}
                onClose={closeReview}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
