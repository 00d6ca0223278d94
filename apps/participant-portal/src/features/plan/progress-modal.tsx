import { useFormat } from '@alianza/i18n';
import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import type { PlanData, PlanMilestone } from './plan-helpers';
import type { ProgressInput } from '@alianza/graphql-client/types';
import {
  PortalPlanDocument,
  usePortalPlanEvidenceQuery,
  usePortalPostProgressMutation,
} from './plan.generated';

export interface ProgressTarget {
  readonly milestoneId: string | null;
  readonly taskId: string | null;
}

/**
 * Report progress on a milestone (or one of our tasks in it): a text, optional indicator
 * values, optional evidence (a grant we hold or gave).
 */
export function ProgressModal(props: ProgressFormProps & { opened: boolean }) {
  const { t } = useT('plan');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('progress.modalTitle')} size="lg">
      <ProgressForm {...props} />
    </Modal>
  );
}

interface ProgressFormProps {
  onClose: () => void;
  target: ProgressTarget;
  collaborationId: string;
  organizationId: string | null;
  milestones: readonly PlanMilestone[];
  objectives: PlanData['objectives'];
  organizationNames: ReadonlyMap<string, string>;
}

/** Mounted each time the modal opens, so it starts from the chosen milestone and task. */
function ProgressForm(props: ProgressFormProps) {
  const { t } = useT('plan');
  const format = useFormat();
  const run = useAction();
  const limit = useTextLimit();
  const [milestoneId, setMilestoneId] = useState<string | null>(
    props.target.milestoneId ?? props.milestones[0]?.id ?? null,
  );
  const [taskId, setTaskId] = useState<string | null>(props.target.taskId);
  const [text, setText] = useState('');
  const [values, setValues] = useState<Record<string, number | string>>({});
  const [evidence, setEvidence] = useState<string | null>(null);
  const [post, { loading }] = usePortalPostProgressMutation({
    refetchQueries: [PortalPlanDocument],
  });

  const milestone = props.milestones.find((m) => m.id === milestoneId);
  const ourTasks = (milestone?.tasks ?? []).filter(
    (task) =>
      task.proposalStatus === 'ACCEPTED' && task.responsibleOrganizationId === props.organizationId,
  );
  const indicators = props.objectives.flatMap((o) => o.indicators);
  const evidenceOptions = useEvidenceOptions(
    props.collaborationId,
    props.organizationId,
    props.organizationNames,
  );

  const submit = async () => {
    if (!milestoneId || !text.trim()) return;
    const input: ProgressInput = {
      milestoneId,
      taskId: taskId ?? undefined,
      text: text.trim(),
      indicatorValues: Object.entries(values)
        .filter(([, v]) => typeof v === 'number')
        .map(([indicatorId, v]) => ({ indicatorId, valueDecimal: String(v) })),
      evidenceGrantId: evidence ?? undefined,
    };
    const done = await run(() => post({ variables: { input } }), t('progress.posted'));
    if (done) props.onClose();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Select
          label={t('progress.milestone')}
          required
          data={props.milestones.map((m) => ({ value: m.id, label: m.title }))}
          value={milestoneId}
          onChange={(value) => {
            setMilestoneId(value);
            setTaskId(null);
          }}
          allowDeselect={false}
        />
        <Select
          label={t('progress.task')}
          placeholder={t('progress.wholeMilestone')}
          clearable
          data={ourTasks.map((task) => ({ value: task.id, label: task.title }))}
          value={taskId}
          onChange={setTaskId}
        />
        <Textarea
          label={t('progress.text')}
          required
          autosize
          minRows={3}
          {...limit(text, INPUT_LIMITS.longText, t('progress.textHelp'))}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        {indicators.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('progress.indicators')}
            </Text>
            {indicators.map((indicator) => (
              <NumberInput
                key={indicator.id}
                label={t('progress.indicatorLabel', {
                  name: indicator.name,
                  unit: indicator.unit,
                })}
                description={t('progress.indicatorHelp', {
                  current:
                    indicator.currentDecimal === null
                      ? t('objectives.noValue')
                      : format.number(indicator.currentDecimal),
                  target: format.number(indicator.targetDecimal),
                })}
                decimalSeparator={format.locale.startsWith('es') ? ',' : '.'}
                value={values[indicator.id] ?? ''}
                onChange={(value) => setValues((prev) => ({ ...prev, [indicator.id]: value }))}
              />
            ))}
          </Stack>
        )}
        <Select
          label={t('progress.evidence')}
          description={t('progress.evidenceHelp')}
          placeholder={t('progress.noEvidence')}
          clearable
          searchable
          nothingFoundMessage={t('progress.noEvidenceFound')}
          data={evidenceOptions}
          value={evidence}
          onChange={setEvidence}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!milestoneId || !text.trim()}>
            {t('progress.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Grants that may back a report: shared with us, or shared by us (active ones). */
function useEvidenceOptions(
  collaborationId: string,
  organizationId: string | null,
  names: ReadonlyMap<string, string>,
) {
  const { t } = useT('plan');
  const { data } = usePortalPlanEvidenceQuery({
    variables: { collaborationId, ownerOrganizationId: organizationId ?? '' },
    skip: !organizationId,
  });
  return useMemo(() => {
    if (!data) return [];
    const received = data.sharedWithMe.nodes.map((n) => ({
      value: n.grantId,
      label: t('progress.evidenceReceived', {
        title: n.title,
        owner: n.ownerOrganizationName,
        reference: n.reference,
      }),
    }));
    const given = data.items.nodes.flatMap((item) =>
      item.grants
        .filter((g) => g.state === 'ACTIVE')
        .map((g) => ({
          value: g.id,
          label: t('progress.evidenceGiven', {
            title: item.latest.title,
            recipient: names.get(g.recipientOrganizationId) ?? t('unknownOrganization'),
            reference: g.reference,
          }),
        })),
    );
    const groups = [];
    if (received.length)
      groups.push({ group: t('progress.evidenceReceivedGroup'), items: received });
    if (given.length) groups.push({ group: t('progress.evidenceGivenGroup'), items: given });
    return groups;
  }, [data, names, t]);
}
