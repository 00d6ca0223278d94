import { EmptyState, LoadMore, PageHeader, QueryState, useLoadMore } from '@alianza/ui';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { ReceivedInvitations } from '../organization/received-invitations';
import { CollaborationCard } from './collaboration-card';
import { usePortalHomeQuery, type PortalHomeCollaborationFragment } from './home.generated';
import { homeSections } from './home-sections';

const PAGE_SIZE = 20;

export function HomePage() {
  const { t } = useT('home');
  const query = usePortalHomeQuery({ variables: { first: PAGE_SIZE } });
  const data = query.data;
  const connection = data?.collaborations;
  const sections = homeSections(connection?.nodes ?? []);
  const noOrganization = data?.organizations.totalCount === 0;
  const nothing = sections.invitations.length === 0 && sections.others.length === 0;

  const more = useLoadMore(query, 'collaborations');

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {/* Invitations to join an organization, when there are any: they are answered here too. */}
      <ReceivedInvitations mb="lg" />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!data}
        onRetry={() => void query.refetch()}
      >
        {noOrganization ? (
          <EmptyState
            text={t('noOrganization')}
            action={
              <Button component={Link} to="/organization" variant="light">
                {t('goToOrganization')}
              </Button>
            }
          />
        ) : nothing && !connection?.pageInfo.hasNextPage ? (
          <Stack gap={0}>
            <EmptyState text={t('empty')} />
            {sections.facilitatedOnly && (
              <Text size="sm" c="dimmed" ta="center">
                {t('facilitatedElsewhere')}
              </Text>
            )}
          </Stack>
        ) : (
          <Stack gap="xl">
            <CardSection title={t('invitationsTitle')} collaborations={sections.invitations} />
            <CardSection title={t('collaborationsTitle')} collaborations={sections.others} />
            {more.hasNextPage && <LoadMore {...more} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function CardSection(props: {
  title: string;
  collaborations: readonly PortalHomeCollaborationFragment[];
}) {
  const headingId = useId();
  if (props.collaborations.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {props.title}
      </Title>
      <Stack>
        {props.collaborations.map((c) => (
          <CollaborationCard key={c.id} collaboration={c} />
        ))}
      </Stack>
    </section>
  );
}
