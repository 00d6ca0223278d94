import type { AuditAction, AuditSubject } from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import {
  ActionIcon,
  Button,
  Code,
  Group,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconFilter } from '@tabler/icons-react';
import { Fragment, memo, useCallback, useState } from 'react';
import { useT } from '../../i18n';
import type { ConsoleAuditLogQuery } from './audit.generated';
import { prettyPayload, shortId } from './audit-format';

export type AuditRecord = ConsoleAuditLogQuery['auditLog']['nodes'][number];

export interface AuditNames {
  /** Who acted: the name the API gives (the facilitator reads them), or what stands for it. */
  readonly actor: (record: Pick<AuditRecord, 'actorUserId' | 'actorName'>) => {
    name: string;
    role?: string;
  };
  readonly organization: (id: string, name: string | null) => string;
  readonly action: (action: AuditAction) => string;
  readonly subjectType: (type: AuditSubject) => string;
}

/**
 * The records, newest first; each one's payload and hashes unfold below it. A long log (hundreds
 * of records, loaded page by page) renders only the rows that change: each row is memoised and
 * its details exist only while unfolded.
 */
export function AuditTable(props: {
  records: readonly AuditRecord[];
  names: AuditNames;
  onFilterSubject: (subjectId: string) => void;
}) {
  const { t } = useT('audit');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpen((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('columns.seq')}</Table.Th>
            <Table.Th>{t('columns.time')}</Table.Th>
            <Table.Th>{t('columns.actor')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.subject')}</Table.Th>
            <Table.Th>{t('columns.organizations')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.payload')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.records.map((record) => (
            <AuditRow
              key={record.id}
              record={record}
              names={props.names}
              expanded={open.has(record.id)}
              onToggle={toggle}
              onFilterSubject={props.onFilterSubject}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const AuditRow = memo(function AuditRow(props: {
  record: AuditRecord;
  names: AuditNames;
  expanded: boolean;
  onToggle: (id: string) => void;
  onFilterSubject: (subjectId: string) => void;
}) {
  const { t } = useT('audit');
  const format = useFormat();
  const { record, names } = props;
  const detailsId = `audit-${record.id}`;
  const actor = names.actor(record);
  const organizations = (
    [
      [record.organizationId, record.organizationName],
      [record.counterpartOrganizationId, record.counterpartOrganizationName],
    ] as const
  ).flatMap(([id, name]) => (id ? [names.organization(id, name)] : []));
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {record.seq}
          </Text>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(record.createdAt)}</Table.Td>
        <Table.Td>
          <Text size="sm" title={record.actorUserId ?? undefined}>
            {actor.name}
          </Text>
          {actor.role && (
            <Text size="xs" c="dimmed">
              {actor.role}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {/* The technical code stays one hover away (the label reads it in the user's language). */}
          <Text size="sm" title={record.action}>
            {names.action(record.action)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <div>
              <Text size="sm">{names.subjectType(record.subjectType)}</Text>
              <Text size="xs" c="dimmed" ff="monospace" title={record.subjectId}>
                {shortId(record.subjectId)}
              </Text>
            </div>
            <Tooltip label={t('filterBySubject')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('filterBySubjectLabel', {
                  subject: `${names.subjectType(record.subjectType)} ${shortId(record.subjectId)}`,
                })}
                onClick={() => props.onFilterSubject(record.subjectId)}
              >
                <IconFilter size={14} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{organizations.length ? organizations.join(' → ') : '—'}</Text>
        </Table.Td>
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={
              props.expanded ? (
                <IconChevronDown size={14} aria-hidden />
              ) : (
                <IconChevronRight size={14} aria-hidden />
              )
            }
            aria-expanded={props.expanded}
            aria-controls={detailsId}
            aria-label={t('payloadToggle', { seq: record.seq })}
            onClick={() => props.onToggle(record.id)}
          >
            {t('payload')}
          </Button>
        </Table.Td>
      </Table.Tr>
      <Table.Tr id={detailsId} style={props.expanded ? undefined : { display: 'none' }}>
        <Table.Td colSpan={7} p={0} style={{ borderTop: 0 }}>
          {props.expanded && (
            <>
              <Code block m="xs" mt={0} fz="xs">
                {prettyPayload(record.payload)}
              </Code>
              <Text
                size="xs"
                c="dimmed"
                ff="monospace"
                px="xs"
                pb="xs"
                style={{ wordBreak: 'break-all' }}
              >
                {t('hashes', { hash: record.hash, prev: record.prevHash })}
              </Text>
            </>
          )}
        </Table.Td>
      </Table.Tr>
    </Fragment>
  );
});
