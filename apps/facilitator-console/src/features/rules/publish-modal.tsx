import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';
import {
  ConsoleGroundRulesDocument,
  useConsolePublishGroundRulesMutation,
} from './rules.generated';
import { ConsoleOverviewDocument } from '../overview/overview.generated';
import { ConsoleParticipantsDocument } from '../participants/participants.generated';

export interface RulesDraft {
  readonly body: string;
  readonly thirdPartyRules: string;
  readonly changeSummary: string;
}

/** Write the next version (starting from the one in force), then confirm knowing its effect. */
export function PublishModal(props: {
  collaborationId: string;
  opened: boolean;
  onClose: () => void;
  nextVersion: number;
  initial: RulesDraft;
  /** Participants that accepted earlier rules and will have to accept again. */
  acceptedCount: number;
}) {
  const { t } = useT('rules');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('publish.heading', { version: props.nextVersion })}
      size="xl"
    >
      <PublishForm {...props} />
    </Modal>
  );
}

function PublishForm(props: {
  collaborationId: string;
  onClose: () => void;
  nextVersion: number;
  initial: RulesDraft;
  acceptedCount: number;
}) {
  const { t } = useT('rules');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const [step, setStep] = useState<'edit' | 'confirm'>('edit');
  const [mode, setMode] = useState('write');
  const [publish, { loading }] = useConsolePublishGroundRulesMutation({
    refetchQueries: [
      ConsoleGroundRulesDocument,
      ConsoleOverviewDocument,
      ConsoleParticipantsDocument,
    ],
  });
  const required = (value: string) => (value.trim() ? null : t('publish.required'));
  const form = useForm<RulesDraft>({
    initialValues: props.initial,
    validate: { body: required, thirdPartyRules: required },
  });
  const draft = useDraft(`rules:${props.collaborationId}:${props.nextVersion}`, form);
  // A missing text shows its error in the editor, not hidden behind the preview.
  const review = form.onSubmit(
    () => setStep('confirm'),
    () => setMode('write'),
  );
  const confirm = async () => {
    const values = form.getValues();
    const result = await run(
      () =>
        publish({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              body: values.body.trim(),
              thirdPartyRules: values.thirdPartyRules.trim(),
              changeSummary: values.changeSummary.trim(),
            },
          },
        }),
      t('publish.done', { version: props.nextVersion }),
      { form },
    );
    if (result) {
      draft.clear();
      props.onClose();
    } else if (Object.keys(form.errors).length > 0) setStep('edit');
  };
  if (step === 'confirm')
    return (
      <Stack>
        {props.acceptedCount > 0 ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} aria-hidden />}
            title={t('publish.warningHeading')}
          >
            <Text size="sm">
              {t('publish.warning', { count: props.acceptedCount, version: props.nextVersion })}
            </Text>
          </Alert>
        ) : (
          <Alert color="blue" variant="light" title={t('publish.noticeHeading')}>
            <Text size="sm">{t('publish.warningNone')}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setStep('edit')} disabled={loading}>
            {t('publish.back')}
          </Button>
          <Button color="orange" loading={loading} onClick={() => void confirm()} data-autofocus>
            {t('publish.confirm', { version: props.nextVersion })}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <form onSubmit={review} noValidate>
      <Stack>
        <SegmentedControl
          size="xs"
          aria-label={t('publish.mode')}
          value={mode}
          onChange={setMode}
          data={[
            { value: 'write', label: t('publish.write') },
            { value: 'preview', label: t('publish.preview') },
          ]}
          style={{ alignSelf: 'flex-end' }}
        />
        <DraftNotice draft={draft} />
        <MarkdownField
          label={t('publish.body')}
          inputProps={{
            ...form.getInputProps('body'),
            ...limit(form.values.body, INPUT_LIMITS.document, t('publish.bodyDescription')),
          }}
          value={form.values.body}
          preview={mode === 'preview'}
        />
        <MarkdownField
          label={t('publish.thirdParty')}
          inputProps={{
            ...form.getInputProps('thirdPartyRules'),
            ...limit(
              form.values.thirdPartyRules,
              INPUT_LIMITS.document,
              t('publish.thirdPartyDescription'),
            ),
          }}
          value={form.values.thirdPartyRules}
          preview={mode === 'preview'}
        />
        <TextInput
          label={t('publish.changeSummary')}
          {...form.getInputProps('changeSummary')}
          {...limit(
            form.values.changeSummary,
            INPUT_LIMITS.longText,
            t('publish.changeSummaryDescription'),
          )}
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onClose();
            }}
          >
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{t('publish.review')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A markdown textarea, or its preview. */
function MarkdownField(props: {
  label: string;
  value: string;
  preview: boolean;
  /** The form's props for the field, with its limit and description. */
  inputProps: ReturnType<ReturnType<typeof useForm<RulesDraft>>['getInputProps']> & {
    description: ReactNode;
    maxLength: number;
  };
}) {
  const { t } = useT('rules');
  if (!props.preview)
    return (
      <Textarea
        label={props.label}
        required
        autosize
        minRows={5}
        maxRows={14}
        {...props.inputProps}
      />
    );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      <Paper withBorder p="sm" mih={120}>
        {props.value.trim() ? (
          <RedactedMarkdown body={props.value} headingLevel={4} size="sm" />
        ) : (
          <Text size="sm" c="dimmed">
            {t('publish.previewEmpty')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
