import type { ContributionType, EntryDirection } from '@alianza/graphql-client/types';
import { INPUT_LIMITS } from '@alianza/shared';
import { DraftNotice, useDraft, useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import { CONTRIBUTION_TYPES } from './contribution-types';

export interface EntryFormValues {
  contributionType: ContributionType;
  description: string;
}

/** Adds or edits one thing the organization seeks or offers. */
export function EntryFormModal(props: {
  opened: boolean;
  direction: EntryDirection;
  /** Present when editing. */
  initial?: EntryFormValues;
  /** Names the draft kept of this form (what it adds to, or the entry it edits). */
  draftKey: string;
  saving: boolean;
  onClose: () => void;
  /** Resolves to something truthy once saved. */
  onSubmit: (values: EntryFormValues) => Promise<unknown>;
}) {
  const { t } = useT('exchange');
  const title = props.initial
    ? t('form.editTitle')
    : props.direction === 'SEEK'
      ? t('form.addSeekTitle')
      : t('form.addOfferTitle');
  // The form mounts with the dialog, so each opening starts from `initial`.
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={title} centered>
      <EntryForm {...props} />
    </Modal>
  );
}

function EntryForm(props: {
  initial?: EntryFormValues;
  draftKey: string;
  saving: boolean;
  onClose: () => void;
  onSubmit: (values: EntryFormValues) => Promise<unknown>;
}) {
  const { t } = useT('exchange');
  const limit = useTextLimit();
  const options = useEnumOptions()('ContributionType', CONTRIBUTION_TYPES);
  const form = useForm<{ contributionType: string | null; description: string }>({
    initialValues: {
      contributionType: props.initial?.contributionType ?? null,
      description: props.initial?.description ?? '',
    },
    validate: {
      contributionType: (value) => (value ? null : t('form.required')),
      description: (value) => (value.trim() ? null : t('form.required')),
    },
  });
  const draft = useDraft(props.draftKey, form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const saved = await props.onSubmit({
          contributionType: values.contributionType as ContributionType,
          description: values.description.trim(),
        });
        if (saved) draft.clear();
      })}
    >
      <Stack>
        <DraftNotice draft={draft} />
        <Select
          label={t('form.type')}
          placeholder={t('form.typePlaceholder')}
          data={options}
          required
          searchable
          allowDeselect={false}
          {...form.getInputProps('contributionType')}
        />
        <Textarea
          label={t('form.description')}
          placeholder={t('form.descriptionPlaceholder')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('description')}
          {...limit(form.values.description, INPUT_LIMITS.longText)}
        />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              props.onClose();
            }}
            disabled={props.saving}
          >
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={props.saving}>
            {props.initial ? t('common:actions.save') : t('common:actions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
