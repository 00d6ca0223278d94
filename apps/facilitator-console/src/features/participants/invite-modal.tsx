import { INPUT_LIMITS } from '@alianza/shared';
import { useAction, useTextLimit } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
} from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  ConsoleParticipantsDocument,
  useConsoleInviteOrganizationMutation,
  useConsoleOrganizationSearchQuery,
} from './participants.generated';
import { ConsoleAreasDocument } from '../areas/areas.generated';
import { ConsoleGroundRulesDocument } from '../rules/rules.generated';
import { ConsoleOverviewDocument } from '../overview/overview.generated';
import { InviteByEmailForm } from './invite-by-email-form';

export interface InviteTarget {
  readonly id: string;
  readonly name: string;
}

type InviteMode = 'directory' | 'email';

/**
 * Invite an organization: one of the directory, searched by name, or, when it is not on Alianza
 * (or its people are not), by the email of the person who will answer for it.
 */
export function InviteModal(props: {
  collaborationId: string;
  opened: boolean;
  onClose: () => void;
  /** Organizations already invited or taking part: shown, but not selectable. */
  busyOrganizationIds: ReadonlySet<string>;
  /** Preselected, e.g. to invite again an organization that declined. */
  target?: InviteTarget | null;
}) {
  const { t } = useT('participants');
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('invite.heading')} size="lg">
      <InviteModes {...props} />
    </Modal>
  );
}

function InviteModes(props: {
  collaborationId: string;
  onClose: () => void;
  busyOrganizationIds: ReadonlySet<string>;
  target?: InviteTarget | null;
}) {
  const { t } = useT('participants');
  const [mode, setMode] = useState<InviteMode>('directory');
  const [organizationName, setOrganizationName] = useState('');
  return (
    <Stack>
      {!props.target && (
        <SegmentedControl
          aria-label={t('byEmail.modeLabel')}
          value={mode}
          onChange={(value) => setMode(value as InviteMode)}
          data={[
            { value: 'directory', label: t('byEmail.modeDirectory') },
            { value: 'email', label: t('byEmail.modeEmail') },
          ]}
        />
      )}
      {mode === 'email' ? (
        <InviteByEmailForm
          collaborationId={props.collaborationId}
          organizationName={organizationName}
          onClose={props.onClose}
        />
      ) : (
        <InviteForm
          {...props}
          onInviteByEmail={(name) => {
            setOrganizationName(name);
            setMode('email');
          }}
        />
      )}
    </Stack>
  );
}

function InviteForm(props: {
  collaborationId: string;
  onClose: () => void;
  busyOrganizationIds: ReadonlySet<string>;
  target?: InviteTarget | null;
  /** Switches to the invitation by email, with the name searched. */
  onInviteByEmail: (organizationName: string) => void;
}) {
  const { t } = useT('participants');
  const tc = useT('common').t;
  const run = useAction();
  const limit = useTextLimit();
  const [organizationId, setOrganizationId] = useState<string | null>(props.target?.id ?? null);
  const [search, setSearch] = useState(props.target?.name ?? '');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const [debounced] = useDebouncedValue(search, 250);
  const { data, loading } = useConsoleOrganizationSearchQuery({
    variables: { search: debounced.trim() || null, first: 20 },
  });
  const [invite, { loading: inviting }] = useConsoleInviteOrganizationMutation({
    refetchQueries: [
      ConsoleParticipantsDocument,
      ConsoleOverviewDocument,
      ConsoleAreasDocument,
      ConsoleGroundRulesDocument,
    ],
  });
  const found = data?.organizations.nodes ?? [];
  // Searched, answered, and nothing of that name in the directory: offer the email instead.
  const searched = debounced.trim();
  const notFound = !props.target && !loading && searched !== '' && found.length === 0;
  const options = found.map((organization) => {
    const busy = props.busyOrganizationIds.has(organization.id);
    return {
      value: organization.id,
      label: busy ? t('invite.alreadyIn', { name: organization.name }) : organization.name,
      disabled: busy,
    };
  });
  // The chosen organization stays an option while the list is asked again (choosing it puts
  // its name in the search box): otherwise the field would lose the choice until the answer.
  const kept =
    chosen ?? (props.target ? { value: props.target.id, label: props.target.name } : null);
  if (kept && !options.some((option) => option.value === kept.value)) {
    options.unshift({ ...kept, disabled: false });
  }
  const chosenName =
    found.find((organization) => organization.id === organizationId)?.name ??
    (kept?.value === organizationId ? kept.label : undefined) ??
    '';
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!organizationId) {
      setMissing(true);
      return;
    }
    const result = await run(
      () =>
        invite({
          variables: {
            collaborationId: props.collaborationId,
            input: { organizationId, message: message.trim() },
          },
        }),
      t('invite.done', { name: chosenName }),
    );
    if (result) props.onClose();
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <Select
          label={t('invite.organization')}
          placeholder={t('invite.organizationPlaceholder')}
          required
          searchable
          data-autofocus
          data={options}
          value={organizationId}
          onChange={(value, option) => {
            setOrganizationId(value);
            setChosen(value && option ? { value, label: option.label } : null);
            setMissing(false);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          // The API already filtered by name: show what it answered.
          filter={({ options: all }) => all}
          nothingFoundMessage={loading ? t('invite.searching') : t('invite.nothingFound')}
          rightSection={
            loading ? <Loader size="xs" aria-label={t('invite.searching')} /> : undefined
          }
          error={missing ? t('invite.required') : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        {notFound && (
          <Alert color="blue" variant="light" icon={<IconMail size={18} aria-hidden />}>
            <Stack gap="xs" align="flex-start">
              {t('byEmail.notInDirectory')}
              <Button size="xs" variant="light" onClick={() => props.onInviteByEmail(searched)}>
                {t('byEmail.offer', { name: searched })}
              </Button>
            </Stack>
          </Alert>
        )}
        <Textarea
          label={t('invite.message')}
          {...limit(message, INPUT_LIMITS.longText, t('invite.messageDescription'))}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          autosize
          minRows={4}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={inviting}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={inviting}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
