import { useFormat } from '@alianza/i18n';
import { EnumBadge, PageHeader, QueryState } from '@alianza/ui';
import { Alert, Anchor, Button, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { Comparison } from './comparison';
import { extrasFromGrants, fileContextOf } from './preview-columns';
import { DecisionPanel } from './decision-panel';
import { useConsoleDisclosureReviewQuery } from './queue.generated';
import { RedactionPicker } from './redaction-picker';
import type { ExtraRedactions } from './redaction';
import { RequestSummary, type ReviewRequest } from './request-summary';
import type { QueueDirectory } from './use-queue-directory';

/** One request: the item, what each recipient will see, and the decision. */
export function RequestReview(props: {
  requestId: string;
  collaborationId: string;
  directory: QueueDirectory;
  onBack: () => void;
}) {
  const { t } = useT('queue');
  const query = useConsoleDisclosureReviewQuery({ variables: { id: props.requestId } });
  const [extras, setExtras] = useState<ExtraRedactions>({});
  const request = query.data?.disclosureRequest;
  const pending = request?.status === 'PENDING';
  const back = (
    <Button
      variant="default"
      leftSection={<IconArrowLeft size={16} aria-hidden />}
      onClick={props.onBack}
    >
      {t('review.back')}
    </Button>
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={request?.itemVersion.title ?? t('review.title')}
        description={
          request
            ? t('review.description', {
                version: request.itemVersion.version,
                owner: props.directory.organizationName(request.ownerOrganizationId),
              })
            : undefined
        }
        actions={back}
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!request}
        onRetry={() => void query.refetch()}
      >
        {request && (
          <>
            <RequestSummary request={request} directory={props.directory} />
            <Stack gap="xs" component="section" aria-labelledby="comparison-title">
              <Title order={2} fz="h4" id="comparison-title">
                {pending
                  ? t('comparison.title')
                  : request.status === 'APPROVED'
                    ? t('comparison.titleApproved')
                    : t('comparison.titleDecided')}
              </Title>
              <Text size="sm" c="dimmed">
                {pending
                  ? t('comparison.hint')
                  : request.status === 'APPROVED'
                    ? t('comparison.hintApproved')
                    : t('comparison.hintDecided')}
              </Text>
              <Comparison
                source={request}
                extras={
                  pending ? extras : extrasFromGrants(request.proposedRedaction, request.grants)
                }
              />
            </Stack>
            {pending ? (
              <Grid gap="lg">
                <Grid.Col span={{ base: 12, lg: 7 }}>
                  <Stack gap="xs" component="section" aria-labelledby="extras-title">
                    <Title order={2} fz="h4" id="extras-title">
                      {t('picker.title')}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t('picker.hint')}
                    </Text>
                    <Paper withBorder p="sm">
                      <RedactionPicker
                        recipients={request.previews}
                        title={request.itemVersion.title}
                        fields={request.itemVersion.fields}
                        body={request.itemVersion.body}
                        proposed={request.proposedRedaction}
                        fileContext={fileContextOf(request)}
                        serverLeaks={request.hiddenValueWarnings}
                        value={extras}
                        onChange={setExtras}
                      />
                    </Paper>
                  </Stack>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  <Stack gap="xs" component="section" aria-labelledby="decision-title">
                    <Title order={2} fz="h4" id="decision-title">
                      {t('decision.title')}
                    </Title>
                    <Paper withBorder p="sm">
                      <DecisionPanel
                        key={request.id}
                        request={request}
                        directory={props.directory}
                        extras={extras}
                        onDecided={props.onBack}
                        onRefetch={() => void query.refetch()}
                      />
                    </Paper>
                  </Stack>
                </Grid.Col>
              </Grid>
            ) : (
              <DecisionRecord
                request={request}
                directory={props.directory}
                collaborationId={props.collaborationId}
              />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** A decided request: what was decided, when, and the grants it made. */
function DecisionRecord(props: {
  request: ReviewRequest;
  directory: QueueDirectory;
  collaborationId: string;
}) {
  const { t } = useT('queue');
  const format = useFormat();
  const { request, directory } = props;
  return (
    <Stack gap="xs" component="section" aria-labelledby="record-title">
      <Title order={2} fz="h4" id="record-title">
        {t('record.title')}
      </Title>
      <Alert color={request.status === 'APPROVED' ? 'teal' : 'gray'} variant="light">
        <Text size="sm">
          {request.autoApproved
            ? t('record.autoApproved')
            : t('record.decidedAt', {
                status: t(`common:enums.DisclosureStatus.${request.status}`),
                date: format.dateTime(request.decidedAt),
              })}
        </Text>
        {request.decisionMessage && (
          <Text size="sm" mt={4}>
            {t('record.message', { message: request.decisionMessage })}
          </Text>
        )}
        {request.acknowledgedOverlapIds.length > 0 && (
          <Text size="sm" mt={4}>
            {t('record.acknowledged', {
              overlaps: directory
                .overlaps(request.acknowledgedOverlapIds)
                .map((o) => o.organizationIds.map(directory.organizationName).join(' ↔ '))
                .join('; '),
            })}
          </Text>
        )}
      </Alert>
      {request.grants.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('record.recipient')}</Table.Th>
                  <Table.Th>{t('record.state')}</Table.Th>
                  <Table.Th>{t('record.validUntil')}</Table.Th>
                  <Table.Th>{t('record.reference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {request.grants.map((grant) => (
                  <Table.Tr key={grant.id}>
                    <Table.Td>{directory.organizationName(grant.recipientOrganizationId)}</Table.Td>
                    <Table.Td>
                      <EnumBadge enum="GrantState" value={grant.state} />
                    </Table.Td>
                    <Table.Td>
                      {grant.validUntil ? format.date(grant.validUntil) : t('noExpiry')}
                    </Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {grant.reference}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Anchor component={Link} to={`/c/${props.collaborationId}/grants`} size="sm">
            {t('record.manageGrants')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
