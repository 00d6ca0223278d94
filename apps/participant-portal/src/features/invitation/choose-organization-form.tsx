import { INPUT_LIMITS } from '@alianza/shared';
import type { OrganizationKind } from '@alianza/graphql-client/types';
import { ErrorAlert, useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import { Button, Loader, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import {
  usePortalAcceptCollaborationInvitationMutation,
  usePortalOwnedOrganizationsQuery,
} from './invitation.generated';

const KINDS: readonly OrganizationKind[] = [
  'COMPANY',
  'PROFESSIONAL',
  'ENTREPRENEUR',
  'ASSOCIATION',
  'OTHER',
];

interface Values {
  choice: 'existing' | 'create';
  organizationId: string | null;
  name: string;
  kind: OrganizationKind;
}

/**
 * The addressee answers for an organization: one they already own (offered first when they have
 * one), or a new one, named as the invitation proposes. Accepting invites it to the
 * collaboration; `onAccepted` then leads to its ground rules.
 */
export function ChooseOrganizationForm(props: {
  token: string;
  proposedName: string;
  onAccepted: (collaborationId: string) => void;
}) {
  const { t } = useT('invitation');
  const owned = usePortalOwnedOrganizationsQuery({ fetchPolicy: 'network-only' });
  if (owned.loading && !owned.data) return <Loader size="sm" aria-label={t('loading')} />;
  if (owned.error && !owned.data)
    return <ErrorAlert error={owned.error} onRetry={() => void owned.refetch()} />;
  const mine = (owned.data?.organizations.nodes ?? []).filter((o) => o.myRole === 'OWNER');
  return <ChooseForm {...props} mine={mine} />;
}

function ChooseForm(props: {
  token: string;
  proposedName: string;
  mine: readonly { id: string; name: string }[];
  onAccepted: (collaborationId: string) => void;
}) {
  const { t } = useT('invitation');
  const limit = useTextLimit();
  const run = useAction();
  const kindOptions = useEnumOptions()('OrganizationKind', KINDS);
  const [accept, { loading }] = usePortalAcceptCollaborationInvitationMutation();
  const { mine } = props;
  const form = useForm<Values>({
    // What they own is offered first.
    initialValues: {
      choice: mine.length > 0 ? 'existing' : 'create',
      organizationId: mine[0]?.id ?? null,
      name: props.proposedName,
      kind: 'COMPANY',
    },
    validate: {
      organizationId: (value, values) =>
        values.choice === 'existing' && !value ? t('choose.required') : null,
      name: (value, values) =>
        values.choice === 'create' && !value.trim() ? t('choose.required') : null,
    },
  });
  const submit = form.onSubmit(async (values) => {
    const input =
      values.choice === 'existing'
        ? { token: props.token, organizationId: values.organizationId }
        : { token: props.token, newOrganization: { name: values.name.trim(), kind: values.kind } };
    const name =
      values.choice === 'existing'
        ? (mine.find((o) => o.id === values.organizationId)?.name ?? '')
        : values.name.trim();
    const result = await run(
      () => accept({ variables: { input } }),
      t('choose.done', { organization: name }),
    );
    const collaborationId = result?.data?.acceptCollaborationInvitation.collaborationId;
    if (collaborationId) props.onAccepted(collaborationId);
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('choose.heading')}
        </Title>
        {mine.length > 0 && (
          <Radio.Group label={t('choose.legend')} {...form.getInputProps('choice')}>
            <Stack gap="xs" mt="xs">
              <Radio value="existing" label={t('choose.existing')} />
              <Radio value="create" label={t('choose.create')} />
            </Stack>
          </Radio.Group>
        )}
        {form.values.choice === 'existing' ? (
          <Select
            label={t('choose.existingLabel')}
            data={mine.map((o) => ({ value: o.id, label: o.name }))}
            allowDeselect={false}
            required
            {...form.getInputProps('organizationId')}
          />
        ) : (
          <>
            <TextInput
              label={t('choose.name')}
              required
              {...form.getInputProps('name')}
              {...limit(form.values.name, INPUT_LIMITS.name, t('choose.nameHint'))}
            />
            <Select
              label={t('choose.kind')}
              data={kindOptions}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </>
        )}
        <Text size="sm" c="dimmed">
          {t('choose.next')}
        </Text>
        <Button type="submit" loading={loading}>
          {t('choose.submit')}
        </Button>
      </Stack>
    </form>
  );
}
