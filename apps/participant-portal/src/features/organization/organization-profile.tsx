import { useFormat } from '@alianza/i18n';
import { EnumBadge, useAction } from '@alianza/ui';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { OrganizationForm, PROFILE_TEXTS } from './organization-form';
import {
  usePortalUpdateOrganizationMutation,
  type PortalOrganizationProfileFragment,
} from './organization.generated';

/** The profile, read-only for members and editable in place by owners. */
export function OrganizationProfile(props: { organization: PortalOrganizationProfileFragment }) {
  const { t } = useT('organization');
  const format = useFormat();
  const headingId = useId();
  const run = useAction();
  const [editing, setEditing] = useState(false);
  // Keyboard users land in the form when it opens, and back on the button when it closes.
  const editButton = useRef<HTMLButtonElement>(null);
  const formBox = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) formBox.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const [update, { loading }] = usePortalUpdateOrganizationMutation();
  const o = props.organization;
  const isOwner = o.myRole === 'OWNER';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('profile.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('profile.updatedAt', { date: format.dateTime(o.updatedAt) })}
          </Text>
        </div>
        {isOwner && !editing && (
          <Button
            ref={editButton}
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('profile.edit')}
          </Button>
        )}
      </Group>

      {editing ? (
        <div ref={formBox}>
          <OrganizationForm
            initial={{
              name: o.name,
              kind: o.kind,
              whoWeAre: o.whoWeAre,
              whatWeDo: o.whatWeDo,
              whereWeAreGoing: o.whereWeAreGoing,
              mission: o.mission,
            }}
            submitLabel={t('common:actions.save')}
            saving={loading}
            onCancel={() => setEditing(false)}
            onSubmit={(input) =>
              void run(
                () => update({ variables: { organizationId: o.id, input } }),
                t('profile.saved'),
              ).then((result) => {
                if (result) setEditing(false);
              })
            }
          />
        </div>
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Text fw={700} size="lg">
              {o.name}
            </Text>
            <EnumBadge enum="OrganizationKind" value={o.kind} />
          </Group>
          {PROFILE_TEXTS.map((field) => (
            <div key={field}>
              <Title order={3} size="h5" mb={2}>
                {t(`fields.${field}`)}
              </Title>
              <Text
                size="sm"
                c={o[field] ? undefined : 'dimmed'}
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {o[field] || t('profile.notStated')}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
