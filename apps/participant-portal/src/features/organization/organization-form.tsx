import { INPUT_LIMITS } from '@alianza/shared';
import type { OrganizationKind } from '@alianza/graphql-client/types';
import { useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'COMPANY',
  'PROFESSIONAL',
  'ENTREPRENEUR',
  'ASSOCIATION',
  'OTHER',
];

export const PROFILE_TEXTS = ['whoWeAre', 'whatWeDo', 'whereWeAreGoing', 'mission'] as const;

export interface OrganizationFormValues {
  name: string;
  kind: OrganizationKind;
  whoWeAre: string;
  whatWeDo: string;
  whereWeAreGoing: string;
  mission: string;
}

/** The organization's profile in the seeds' words: who we are, what we do, where we are going. */
export function OrganizationForm(props: {
  initial?: OrganizationFormValues;
  submitLabel: string;
  saving: boolean;
  onSubmit: (values: OrganizationFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useT('organization');
  const limit = useTextLimit();
  const kinds = useEnumOptions()('OrganizationKind', ORGANIZATION_KINDS);
  const form = useForm<OrganizationFormValues>({
    initialValues: props.initial ?? {
      name: '',
      kind: 'COMPANY',
      whoWeAre: '',
      whatWeDo: '',
      whereWeAreGoing: '',
      mission: '',
    },
    validate: { name: (value) => (value.trim() ? null : t('fields.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        props.onSubmit({
          ...values,
          name: values.name.trim(),
          whoWeAre: values.whoWeAre.trim(),
          whatWeDo: values.whatWeDo.trim(),
          whereWeAreGoing: values.whereWeAreGoing.trim(),
          mission: values.mission.trim(),
        }),
      )}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('fields.name')}
            required
            {...form.getInputProps('name')}
            {...limit(form.values.name, INPUT_LIMITS.name)}
          />
          <Select
            label={t('fields.kind')}
            data={kinds}
            allowDeselect={false}
            required
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        {PROFILE_TEXTS.map((field) => (
          <Textarea
            key={field}
            label={t(`fields.${field}`)}
            autosize
            minRows={2}
            {...form.getInputProps(field)}
            {...limit(form.values[field], INPUT_LIMITS.longText, t(`fields.${field}Hint`))}
          />
        ))}
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel} disabled={props.saving}>
              {t('common:actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={props.saving}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
