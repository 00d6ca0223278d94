import { EnumBadge } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Alert, Anchor, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { Fragment, useId } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { DeclineInvitationButton } from './decline-invitation-button';
import type { PortalHomeCollaborationFragment } from './home.generated';
import { homeStep } from './home-sections';
import { QuotedMessage } from './quoted-message';

type Participation = PortalHomeCollaborationFragment['myParticipations'][number];

/** One collaboration, with my organizations' status in it and what to do next. */
export function CollaborationCard(props: { collaboration: PortalHomeCollaborationFragment }) {
  const { t } = useT('home');
  const { locale } = useFormat();
  const headingId = useId();
  const c = props.collaboration;
  const facilitators = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    c.facilitators.map((f) => f.displayName),
  );
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3} size="h4" id={headingId}>
            <Anchor component={Link} to={`/c/${c.id}`} inherit>
              {c.title}
            </Anchor>
          </Title>
          {facilitators && (
            <Text size="xs" c="dimmed">
              {t('facilitatedBy', { names: facilitators })}
            </Text>
          )}
        </div>
        <EnumBadge enum="CollaborationStatus" value={c.status} />
      </Group>
      <Text size="sm" mt="xs" lineClamp={3} c={c.objective ? undefined : 'dimmed'}>
        {c.objective || t('noObjective')}
      </Text>
      {c.myParticipations.map((p) => (
        <Fragment key={p.id}>
          <Divider my="md" />
          <ParticipationRow collaboration={c} participation={p} />
        </Fragment>
      ))}
    </Card>
  );
}

function ParticipationRow(props: {
  collaboration: PortalHomeCollaborationFragment;
  participation: Participation;
}) {
  const { t } = useT('home');
  const format = useFormat();
  const { collaboration: c, participation: p } = props;
  const organization = p.organization.name;
  const isOwner = p.organization.myRole === 'OWNER';
  const step = homeStep(p);
  const rulesLink = `/c/${c.id}`;

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {organization}
        </Text>
        <EnumBadge enum="ParticipationStatus" value={p.status} size="xs" />
        <Text size="xs" c="dimmed">
          {step === 'invitation'
            ? t('participation.invited', { date: format.date(p.invitedAt) })
            : p.respondedAt && p.status === 'ACCEPTED'
              ? t('participation.since', { date: format.date(p.respondedAt) })
              : null}
        </Text>
      </Group>

      {step === 'invitation' && (
        <>
          {p.invitationMessage.trim() && (
            <QuotedMessage label={t('participation.message')} text={p.invitationMessage} />
          )}
          {c.currentGroundRulesVersion === 0 && (
            <Text size="sm" c="dimmed">
              {t('participation.awaitingRules')}
            </Text>
          )}
          {isOwner ? (
            <>
              {c.currentGroundRulesVersion > 0 && (
                <Text size="sm" c="dimmed">
                  {t('participation.acceptHint')}
                </Text>
              )}
              <Group>
                {c.currentGroundRulesVersion > 0 && (
                  <Button
                    component={Link}
                    to={rulesLink}
                    rightSection={<IconArrowRight size={16} aria-hidden />}
                  >
                    {t('participation.acceptInvitation')}
                  </Button>
                )}
                <DeclineInvitationButton
                  participationId={p.id}
                  organizationName={organization}
                  collaborationTitle={c.title}
                />
              </Group>
            </>
          ) : (
            <Group justify="space-between">
              <Text size="sm">{t('participation.ownersAnswer', { organization })}</Text>
              <Button component={Link} to={rulesLink} variant="light">
                {t('participation.viewRules')}
              </Button>
            </Group>
          )}
        </>
      )}

      {step === 'mustAccept' && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t(isOwner ? 'participation.mustAccept' : 'participation.mustAcceptMember', {
                version: c.currentGroundRulesVersion,
                organization,
              })}
            </Text>
            <Button component={Link} to={rulesLink} color="orange" size="xs">
              {isOwner ? t('participation.reviewRules') : t('participation.viewRules')}
            </Button>
          </Stack>
        </Alert>
      )}

      {step === 'active' && (
        <Group>
          <Button
            component={Link}
            to={rulesLink}
            variant="light"
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('participation.open')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
