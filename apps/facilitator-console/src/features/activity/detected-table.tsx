import { useFormat } from '@alianza/i18n';
import { useEnumLabel } from '@alianza/ui';
import { Badge, Button, Group, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { useT } from '../../i18n';
import type { ActivityOption, DetectedOverlap } from './activity-helpers';

const STATUS_COLORS: Record<DetectedOverlap['status'], MantineColor> = {
  NEW: 'yellow',
  DECLARED: 'teal',
  DISMISSED: 'gray',
};

function Labels(props: { options: readonly ActivityOption[] }) {
  const { t } = useT('activity');
  const format = useFormat();
  if (props.options.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('detected.none')}
      </Text>
    );
  const list = new Intl.ListFormat(format.locale, { style: 'narrow', type: 'unit' });
  return <Text size="sm">{list.format(props.options.map((o) => o.label))}</Text>;
}

/** Where the review of a detected overlap stands: badge, "changed" mark, reasons. */
function ReviewState(props: { overlap: DetectedOverlap }) {
  const { t } = useT('activity');
  const enumLabel = useEnumLabel();
  const { overlap } = props;
  const reason = overlap.review?.decision === 'DISMISSED' ? overlap.review.reason : null;
  return (
    <Stack gap={4} align="flex-start">
      <Badge color={STATUS_COLORS[overlap.status]} variant="light" miw="max-content">
        {enumLabel('DetectedOverlapStatus', overlap.status)}
      </Badge>
      {overlap.changedSinceReview && (
        <Badge color="orange" variant="outline" size="xs">
          {t('detected.changed')}
        </Badge>
      )}
      {reason && (
        <Text size="xs" c="dimmed">
          {overlap.status === 'DISMISSED'
            ? t('detected.dismissedReason', { reason })
            : t('detected.previousReason', { reason })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The detected overlaps of an area, pairs or groups, with what was found and the review. A new
 * one can be declared or dismissed; a dismissed one can still be declared.
 */
export function DetectedTable(props: {
  kind: 'PAIR' | 'GROUP';
  label: string;
  overlaps: readonly DetectedOverlap[];
  names: (overlap: DetectedOverlap) => string;
  canChange: boolean;
  onDeclare: (overlap: DetectedOverlap) => void;
  onDismiss: (overlap: DetectedOverlap) => void;
}) {
  const { t } = useT('activity');
  const format = useFormat();
  const pairs = props.kind === 'PAIR';
  if (props.overlaps.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('detected.noneOfKind')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={pairs ? 880 : 640}>
      <Table aria-label={props.label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detected.organizations')}</Table.Th>
            {pairs ? (
              <>
                <Table.Th>{t('detected.markets')}</Table.Th>
                <Table.Th>{t('detected.segments')}</Table.Th>
                <Table.Th>{t('detected.products')}</Table.Th>
                <Table.Th title={t('detected.customersHint')}>{t('detected.customers')}</Table.Th>
              </>
            ) : (
              <Table.Th>{t('detected.shared')}</Table.Th>
            )}
            <Table.Th miw={150}>{t('detected.status')}</Table.Th>
            {props.canChange && <Table.Th>{t('detected.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.overlaps.map((overlap) => {
            const names = props.names(overlap);
            return (
              <Table.Tr key={overlap.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {names}
                  </Text>
                </Table.Td>
                {pairs ? (
                  <>
                    <Table.Td>
                      <Labels options={overlap.markets} />
                    </Table.Td>
                    <Table.Td>
                      <Labels options={overlap.segments} />
                    </Table.Td>
                    <Table.Td>
                      <Labels options={overlap.products} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={overlap.sharedCustomers ? 600 : undefined}>
                        {format.number(overlap.sharedCustomers ?? 0)}
                      </Text>
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td>
                    <Labels
                      options={[...overlap.markets, ...overlap.segments, ...overlap.products]}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <ReviewState overlap={overlap} />
                </Table.Td>
                {props.canChange && (
                  <Table.Td>
                    {overlap.status !== 'DECLARED' && (
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          aria-label={t('detected.declareLabel', { names })}
                          onClick={() => props.onDeclare(overlap)}
                        >
                          {t('detected.declare')}
                        </Button>
                        {overlap.status === 'NEW' && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={t('detected.dismissLabel', { names })}
                            onClick={() => props.onDismiss(overlap)}
                          >
                            {t('detected.dismiss')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
