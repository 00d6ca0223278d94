import type {
  CollaborationStatus,
  MembershipRole,
  ParticipationStatus,
} from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconMailOpened } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { QuotedMessage } from '../home/quoted-message';
import { acceptanceState } from './acceptance-state';

export interface AcceptanceParticipation {
  status: ParticipationStatus;
  acceptedGroundRulesVersion: number | null;
  mustAcceptGroundRules: boolean;
  invitationMessage: string;
  organization: {
    name: string;
    myRole: MembershipRole | null;
    members: readonly { id: string; role: MembershipRole; member: { displayName: string } }[];
  };
}

/**
 * The call to accept the ground rules in force, when it is due: to join (invited) or to keep
 * taking part (a new version). Owners confirm they read them and accept; members see who must.
 * Renders nothing when the organization is up to date.
 */
export function AcceptanceBlock(props: {
  participation: AcceptanceParticipation;
  currentVersion: { id: string; version: number } | null;
  collaborationStatus: CollaborationStatus;
  accepting: boolean;
  onAccept: () => void;
  /** Shown beside the accept button of an invitation (owners): e.g. declining it. */
  invitationActions?: ReactNode;
}) {
  const { t } = useT('rules');
  const state = acceptanceState(
    props.participation,
    props.currentVersion,
    props.collaborationStatus,
  );
  const organization = props.participation.organization.name;
  const isOwner = props.participation.organization.myRole === 'OWNER';
  const version = props.currentVersion?.version ?? 0;
  const [read, setRead] = useState(false);
  useEffect(() => setRead(false), [version]);

  if (state === 'none' || state === 'upToDate') return null;

  const invitationMessage = props.participation.invitationMessage.trim() && (
    <QuotedMessage
      label={t('acceptance.invitationMessage')}
      text={props.participation.invitationMessage}
    />
  );

  if (state === 'awaitingRules') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconClock aria-hidden />}
        title={t('acceptance.awaitingTitle')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('acceptance.awaitingBody')}</Text>
          {invitationMessage}
          {isOwner && props.invitationActions && <Group>{props.invitationActions}</Group>}
        </Stack>
      </Alert>
    );
  }

  const invitation = state === 'invitation';
  return (
    <Alert
      color={invitation ? 'blue' : 'orange'}
      variant="light"
      icon={invitation ? <IconMailOpened aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={
        invitation
          ? t('acceptance.invitationTitle', { organization })
          : t('acceptance.dueTitle', { version })
      }
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      role="region"
      aria-label={
        invitation
          ? t('acceptance.invitationTitle', { organization })
          : t('acceptance.dueTitle', { version })
      }
    >
      <Stack gap="sm">
        <Text size="sm">
          {invitation
            ? t('acceptance.invitationBody', { organization, version })
            : t('acceptance.dueBody', { organization })}
        </Text>
        {invitation && invitationMessage}
        {isOwner ? (
          <>
            <Checkbox
              checked={read}
              onChange={(event) => setRead(event.currentTarget.checked)}
              label={t('acceptance.readConfirm', { version, organization })}
            />
            <Group>
              <Button
                onClick={props.onAccept}
                loading={props.accepting}
                disabled={!read}
                color={invitation ? 'teal' : 'orange'}
              >
                {t('acceptance.accept', { version })}
              </Button>
              {invitation && props.invitationActions}
            </Group>
          </>
        ) : (
          <OwnersMustAccept participation={props.participation} />
        )}
      </Stack>
    </Alert>
  );
}

function OwnersMustAccept(props: { participation: AcceptanceParticipation }) {
  const { t } = useT('rules');
  const { locale } = useFormat();
  const organization = props.participation.organization;
  const owners = organization.members
    .filter((m) => m.role === 'OWNER')
    .map((m) => m.member.displayName);
  if (owners.length === 0) {
    return <Text size="sm">{t('acceptance.noOwners', { organization: organization.name })}</Text>;
  }
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(owners);
  return (
    <Text size="sm" fw={500}>
      {t('acceptance.ownersMust', { count: owners.length, organization: organization.name, names })}
    </Text>
  );
}
