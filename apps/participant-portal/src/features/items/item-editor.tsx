import { INPUT_LIMITS } from '@alianza/shared';
import {
  DraftNotice,
  type ItemFileSummary,
  useAction,
  useDraft,
  useEnumOptions,
  useTextLimit,
} from '@alianza/ui';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  isNumberValue,
  itemFormValues,
  toItemContentInput,
  type ItemFormValues,
} from './item-form';
import {
  type PortalItemFragment,
  type PortalItemsContextQuery,
  PortalItemsDocument,
  usePortalCreateItemMutation,
  usePortalEditItemMutation,
} from './items.generated';
import { FileField } from './file-field';
import { MarkdownEditor } from './markdown-editor';
import { StructuredFieldsEditor } from './structured-fields-editor';

type Area = PortalItemsContextQuery['collaboration']['areas']['nodes'][number];
const RULES = ['INTERNAL_ONLY', 'ADVISORS', 'PUBLIC'] as const;

/** Create an item, or a new version of one (`item` given). */
export function ItemEditor(props: {
  participationId: string;
  areas: Area[];
  item?: PortalItemFragment;
  onClose: () => void;
}) {
  const { t } = useT('items');
  const { item } = props;
  const run = useAction();
  const limit = useTextLimit();
  const enumOptions = useEnumOptions();
  const [createItem, created] = usePortalCreateItemMutation({
    refetchQueries: [PortalItemsDocument],
  });
  const [editItem, edited] = usePortalEditItemMutation({ refetchQueries: [PortalItemsDocument] });
  const [files, setFiles] = useState<ItemFileSummary[]>(item?.latest.files ?? []);
  const form = useForm<ItemFormValues>({
    initialValues: itemFormValues(item?.latest, item?.areaId),
    validate: {
      areaId: (value) => (value ? null : t('editor.required')),
      title: (value) => (value.trim() ? null : t('editor.required')),
      fields: {
        label: (value) => (value.trim() ? null : t('editor.required')),
        number: (value, values, path) => {
          const index = Number(path.split('.')[1]);
          return values.fields[index]?.type === 'NUMBER' && !isNumberValue(value)
            ? t('editor.numberRequired')
            : null;
        },
      },
    },
  });
  const draft = useDraft(
    item ? `item:${item.id}:${item.currentVersion}` : `item:${props.participationId}:new`,
    form,
  );
  const body = limit(form.values.body, INPUT_LIMITS.document, t('editor.bodyHint'));
  const hasRestricted = props.areas.some((a) => a.sensitivity === 'RESTRICTED');
  // An archived area takes no new information (ADR 0040): offered only to an item already in it.
  const openAreas = props.areas.filter((area) => !area.archivedAt || area.id === item?.areaId);
  const areaOptions = openAreas.map((area) => ({
    value: area.id,
    label:
      area.sensitivity === 'RESTRICTED'
        ? t('editor.restrictedOption', { name: area.name })
        : area.name,
    disabled: area.sensitivity === 'RESTRICTED',
  }));
  const area = props.areas.find((a) => a.id === form.values.areaId);

  const submit = async (values: ItemFormValues) => {
    const input = { ...toItemContentInput(values), fileIds: files.map((f) => f.id) };
    const result = item
      ? await run(
          () => editItem({ variables: { itemId: item.id, input } }),
          t('editor.versionSaved', { version: item.currentVersion + 1 }),
          { form },
        )
      : await run(
          () =>
            createItem({
              variables: {
                participationId: props.participationId,
                areaId: values.areaId ?? '',
                input,
              },
            }),
          t('editor.created'),
          { form },
        );
    if (result) {
      draft.clear();
      props.onClose();
    }
  };

  return (
    <Modal
      opened
      onClose={props.onClose}
      size={860}
      title={
        item ? t('editor.versionTitle', { title: item.latest.title }) : t('editor.createTitle')
      }
    >
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <DraftNotice draft={draft} />
          {item ? (
            <Alert color="blue" variant="light">
              {t('editor.versionHint', { version: item.currentVersion + 1 })}
            </Alert>
          ) : (
            <Select
              label={t('editor.area')}
              placeholder={t('editor.areaPlaceholder')}
              description={hasRestricted ? t('editor.areaRestrictedHint') : undefined}
              data={areaOptions}
              required
              searchable
              {...form.getInputProps('areaId')}
            />
          )}
          {item && area && <Text size="sm">{t('editor.areaFixed', { name: area.name })}</Text>}
          <TextInput
            label={t('editor.title')}
            required
            {...form.getInputProps('title')}
            {...limit(form.values.title, INPUT_LIMITS.name)}
          />
          <StructuredFieldsEditor form={form} />
          <MarkdownEditor
            label={t('editor.body')}
            description={body.description}
            inputProps={{ ...form.getInputProps('body'), maxLength: body.maxLength }}
          />
          <FileField participationId={props.participationId} value={files} onChange={setFiles} />
          <Select
            label={t('editor.thirdPartyRule')}
            description={t('editor.thirdPartyHint')}
            data={enumOptions('ThirdPartyRule', RULES)}
            allowDeselect={false}
            {...form.getInputProps('thirdPartyRule')}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                draft.discard();
                props.onClose();
              }}
            >
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || edited.loading}>
              {item ? t('editor.submitVersion') : t('editor.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
