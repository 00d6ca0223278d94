import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useAction, useDraft, useTextLimit } from '@alianza/ui';
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  Radio,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';
import {
  type ConsolePublicationsContextQuery,
  ConsolePublicationsDocument,
  useConsolePublishMutation,
} from './publications.generated';

interface PublishValues {
  title: string;
  body: string;
  areaId: string | null;
  audienceKind: 'ALL_ACTIVE' | 'NAMED';
  recipientOrganizationIds: string[];
}

/** A text from the facilitator to the participants (e.g. an aggregate of a restricted area). */
export function PublishForm(props: {
  collaborationId: string;
  context: ConsolePublicationsContextQuery;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useT('publications');
  const run = useAction();
  const limit = useTextLimit();
  const [publish, { loading }] = useConsolePublishMutation({
    refetchQueries: [ConsolePublicationsDocument],
  });
  const form = useForm<PublishValues>({
    initialValues: {
      title: '',
      body: '',
      areaId: null,
      audienceKind: 'ALL_ACTIVE',
      recipientOrganizationIds: [],
    },
    validate: {
      title: (value) => (value.trim() ? null : t('form.required')),
      body: (value) => (value.trim() ? null : t('form.required')),
      recipientOrganizationIds: (value, values) =>
        values.audienceKind === 'NAMED' && value.length === 0 ? t('form.recipientsRequired') : null,
    },
  });
  const draft = useDraft(`publication:${props.collaborationId}`, form);
  const active = props.context.collaboration.participations.filter((p) => p.active);
  const submit = form.onSubmit(async (values) => {
    const done = await run(
      () =>
        publish({
          variables: {
            collaborationId: props.collaborationId,
            input: {
              title: values.title.trim(),
              body: values.body.trim(),
              areaId: values.areaId,
              audienceKind: values.audienceKind,
              recipientOrganizationIds:
                values.audienceKind === 'NAMED' ? values.recipientOrganizationIds : undefined,
            },
          },
        }),
      t('form.published'),
      { form },
    );
    if (done) {
      draft.clear();
      form.reset();
      props.onDone();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <DraftNotice draft={draft} />
        <TextInput
          label={t('form.title')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
          {...limit(form.values.title, INPUT_LIMITS.name)}
        />
        <Select
          label={t('form.area')}
          description={t('form.areaHint')}
          placeholder={t('form.noArea')}
          clearable
          data={props.context.collaboration.areas.nodes.map((a) => ({
            value: a.id,
            label: `${a.name} · ${t(`common:enums.AreaSensitivity.${a.sensitivity}`)}`,
          }))}
          {...form.getInputProps('areaId')}
        />
        <Radio.Group label={t('form.audience')} {...form.getInputProps('audienceKind')}>
          <Group mt={4}>
            <Radio value="ALL_ACTIVE" label={t('common:enums.AudienceKind.ALL_ACTIVE')} />
            <Radio value="NAMED" label={t('common:enums.AudienceKind.NAMED')} />
          </Group>
        </Radio.Group>
        {form.values.audienceKind === 'NAMED' && (
          <MultiSelect
            label={t('form.recipients')}
            withAsterisk
            data={active.map((p) => ({ value: p.organizationId, label: p.organization.name }))}
            {...form.getInputProps('recipientOrganizationIds')}
          />
        )}
        <Tabs defaultValue="write">
          <Tabs.List aria-label={t('form.bodyTabs')}>
            <Tabs.Tab value="write">{t('form.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('form.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              label={t('form.body')}
              withAsterisk
              autosize
              minRows={8}
              maxRows={20}
              {...form.getInputProps('body')}
              {...limit(form.values.body, INPUT_LIMITS.document, t('form.bodyHint'))}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Paper withBorder p="sm" mih={180}>
              {form.values.body.trim() ? (
                <RedactedMarkdown body={form.values.body} headingLevel={4} size="sm" />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('form.nothingToPreview')}
                </Text>
              )}
            </Paper>
          </Tabs.Panel>
        </Tabs>
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onCancel();
            }}
            disabled={loading}
          >
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
