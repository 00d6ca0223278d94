import { useMeQuery } from '@alianza/graphql-client';
import { useFormat, useMessages } from '@alianza/i18n';
import { ErrorAlert } from '@alianza/ui';
import { toApiError } from '@alianza/graphql-client';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { SignInStep, SignUpStep, WrongAccountStep } from './account-forms';
import { ChooseOrganizationForm } from './choose-organization-form';
import { InvitationFrame } from './invitation-frame';
import { invitationStep, type InvitationStep } from './invitation-step';
import {
  usePortalInvitationLinkQuery,
  type PortalInvitationLinkFragment,
} from './invitation.generated';
import { JoinOrganization } from './join-organization';
import { invitationMessages } from './messages';

/**
 * Where an invitation's emailed link opens (`/invitation?token=…`), signed in or not: what the
 * invitation is, then sign-up (the link proves the address) or sign-in, then the answer: for an
 * invitation to a collaboration, the organization that takes it (one of theirs, or new), after
 * which its ground rules wait; for one to an organization, joining it. A link that cannot be used
 * says why; signed in with another address, the page says so and offers to sign out.
 */
export function InvitationPage() {
  useMessages({ invitation: invitationMessages });
  const { t, i18n } = useT('invitation');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const me = useMeQuery({ fetchPolicy: 'network-only' });
  const link = usePortalInvitationLinkQuery({
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  // The page speaks the language the invitation was sent in, as its email did (once).
  const switched = useRef(false);
  const locale = link.data?.invitationLink.locale;
  useEffect(() => {
    if (!locale || switched.current) return;
    switched.current = true;
    const language = locale === 'EN' ? 'en' : 'es';
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [locale, i18n]);

  if ((link.loading && !link.data) || (me.loading && !me.data))
    return (
      <Center h="100vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  const notFound = !token || toApiError(link.error)?.code === 'NOT_FOUND';
  if (notFound) return <ClosedInvitation step="not-found" inviter="" />;
  if (link.error || me.error || !link.data)
    return (
      <InvitationFrame heading={t('title')}>
        <ErrorAlert
          error={link.error ?? me.error}
          onRetry={() => void Promise.all([link.refetch(), me.refetch()])}
        />
      </InvitationFrame>
    );
  const invitation = link.data.invitationLink;
  const signedIn = me.data?.me ?? null;
  const step = invitationStep(invitation, signedIn?.email ?? null);
  const reload = () => void Promise.all([me.refetch(), link.refetch()]);
  return (
    <OpenInvitation
      token={token}
      invitation={invitation}
      step={step}
      signedInEmail={signedIn?.email ?? ''}
      onSessionChanged={reload}
      onAnswered={reload}
    />
  );
}

function OpenInvitation(props: {
  token: string;
  invitation: PortalInvitationLinkFragment;
  step: InvitationStep;
  signedInEmail: string;
  onSessionChanged: () => void;
  onAnswered: () => void;
}) {
  const { t } = useT('invitation');
  const tc = useT('common').t;
  const format = useFormat();
  const navigate = useNavigate();
  const { invitation, step } = props;
  const inviter = invitation.invitedByName;
  if (step === 'expired' || step === 'withdrawn' || step === 'used' || step === 'declined')
    return <ClosedInvitation step={step} inviter={inviter} />;
  const toCollaboration = invitation.kind === 'COLLABORATION';
  const heading = toCollaboration
    ? t('toCollaboration.heading')
    : t('toOrganization.heading', { organization: invitation.organizationName });
  const intro = toCollaboration
    ? t('toCollaboration.intro', {
        inviter,
        organization: invitation.organizationName,
        collaboration: invitation.collaborationTitle ?? '',
      })
    : t('toOrganization.intro', {
        inviter,
        organization: invitation.organizationName,
        role: invitation.role ? tc(`enums.MembershipRole.${invitation.role}`).toLowerCase() : '',
      });
  return (
    <InvitationFrame heading={heading}>
      <Stack gap={4}>
        <Text>{intro}</Text>
        <Text size="sm" c="dimmed">
          {t('forEmail', { email: invitation.email })} ·{' '}
          {t('expiresOn', { date: format.date(invitation.expiresAt) })}
        </Text>
      </Stack>
      {step === 'sign-up' && (
        <SignUpStep
          token={props.token}
          email={invitation.email}
          onSignedIn={props.onSessionChanged}
        />
      )}
      {step === 'sign-in' && (
        <SignInStep email={invitation.email} onSignedIn={props.onSessionChanged} />
      )}
      {step === 'wrong-account' && (
        <WrongAccountStep
          current={props.signedInEmail}
          email={invitation.email}
          onSignedOut={props.onSessionChanged}
        />
      )}
      {step === 'choose-organization' && (
        <ChooseOrganizationForm
          token={props.token}
          proposedName={invitation.organizationName}
          onAccepted={(collaborationId) => void navigate(`/c/${collaborationId}`)}
        />
      )}
      {step === 'join-organization' && invitation.role && (
        <JoinOrganization
          invitationId={invitation.invitationId}
          organizationName={invitation.organizationName}
          role={invitation.role}
          onJoined={() => void navigate('/organization')}
          onDeclined={props.onAnswered}
        />
      )}
    </InvitationFrame>
  );
}

/** A link that cannot be used (any more), and why. */
function ClosedInvitation(props: {
  step: 'not-found' | 'expired' | 'withdrawn' | 'used' | 'declined';
  inviter: string;
}) {
  const { t } = useT('invitation');
  const navigate = useNavigate();
  const [heading, body] = {
    'not-found': [t('closed.notFound'), t('closed.notFoundBody')],
    expired: [t('closed.expired'), t('closed.expiredBody', { inviter: props.inviter })],
    withdrawn: [t('closed.withdrawn'), t('closed.withdrawnBody', { inviter: props.inviter })],
    used: [t('closed.used'), t('closed.usedBody')],
    declined: [t('closed.declined'), t('closed.usedBody')],
  }[props.step];
  return (
    <InvitationFrame heading={t('title')}>
      <Alert color={props.step === 'used' ? 'blue' : 'orange'} title={heading} role="status">
        {body}
      </Alert>
      <Button variant="default" onClick={() => void navigate('/')}>
        {t('closed.toPortal')}
      </Button>
    </InvitationFrame>
  );
}
