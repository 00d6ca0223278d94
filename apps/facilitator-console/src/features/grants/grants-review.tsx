import type { ReviewReason } from '@alianza/graphql-client/types';
import { EnumBadge, LoadMore, useLoadMore } from '@alianza/ui';
import { Alert, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { KeepGrantModal, RevokeGrantModal, type GrantTarget } from './grant-dialogs';
import {
  useConsoleGrantItemQuery,
  useConsoleGrantsNeedingReviewQuery,
  type ConsoleGrantRowFragment,
} from './grants.generated';
import type { GrantsDirectory } from './use-grants-directory';

/** Grants to review per page. */
const PAGE = 20;

/**
 * Grants that the rules now in force would not allow (an area became stricter, an overlap was
 * declared): the facilitator revokes them or keeps them, saying why. Hidden when there are none.
 */
export function GrantsReview(props: { collaborationId: string; directory: GrantsDirectory }) {
  const { t } = useT('grants');
  const query = useConsoleGrantsNeedingReviewQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE },
  });
  const page = query.data?.collaboration.grantsNeedingReview;
  const more = useLoadMore({ data: { page }, fetchMore: query.fetchMore }, 'page');
  const [keeping, setKeeping] = useState<GrantTarget | null>(null);
  const [revoking, setRevoking] = useState<GrantTarget | null>(null);
  const entries = page?.nodes ?? [];
  if (query.error && !query.data) return null;
  if (entries.length === 0) return null;
  return (
    <Alert color="orange" variant="light" p="md" aria-labelledby="review-title">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="review-title">
          {t('review.title', { count: page?.totalCount ?? entries.length })}
        </Title>
        <Text size="sm">{t('review.hint')}</Text>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.item')}</Table.Th>
                <Table.Th>{t('columns.recipient')}</Table.Th>
                <Table.Th>{t('review.reasons')}</Table.Th>
                <Table.Th>{t('columns.reference')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <ReviewRow
                  key={entry.grant.id}
                  grant={entry.grant}
                  reasons={entry.reasons}
                  directory={props.directory}
                  onKeep={setKeeping}
                  onRevoke={setRevoking}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...more} />
      </Stack>
      <KeepGrantModal target={keeping} onClose={() => setKeeping(null)} />
      <RevokeGrantModal target={revoking} onClose={() => setRevoking(null)} />
    </Alert>
  );
}

function ReviewRow(props: {
  grant: ConsoleGrantRowFragment;
  reasons: readonly ReviewReason[];
  directory: GrantsDirectory;
  onKeep: (target: GrantTarget) => void;
  onRevoke: (target: GrantTarget) => void;
}) {
  const { t } = useT('grants');
  const { grant, directory } = props;
  const item = useConsoleGrantItemQuery({ variables: { id: grant.itemId } });
  const title =
    item.data?.item.versions.find((v) => v.id === grant.itemVersionId)?.title ??
    item.data?.item.versions[0]?.title ??
    '…';
  const recipientName = directory.organizationName(grant.recipientOrganizationId);
  const target = { grant, title, recipientName };
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {t('from', { owner: directory.organizationName(grant.ownerOrganizationId) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{recipientName}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {props.reasons.map((reason) => (
            <EnumBadge key={reason} enum="ReviewReason" value={reason} />
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {grant.reference}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            aria-label={t('keep.buttonLabel', { recipient: recipientName, title })}
            onClick={() => props.onKeep(target)}
          >
            {t('keep.button')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red"
            aria-label={t('revoke.buttonLabel', { recipient: recipientName, title })}
            onClick={() => props.onRevoke(target)}
          >
            {t('revoke.button')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
