import { Button, Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useT } from '../../i18n';
import { isUuid } from './audit-format';

/** What the log is narrowed to, as the page's address keeps it (days as `YYYY-MM-DD`). */
export interface AuditFilterValues {
  readonly action: string | null;
  readonly subject: string | null;
  readonly person: string | null;
  readonly organization: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export type AuditFilterKey = keyof AuditFilterValues;

export interface AuditFilterOption {
  readonly value: string;
  readonly label: string;
}

/**
 * The log's filters: action, person, organization, period of days and subject. Each choice
 * applies at once, except the subject's id, typed and then applied.
 */
export function AuditFilters(props: {
  values: AuditFilterValues;
  actions: readonly AuditFilterOption[];
  people: readonly AuditFilterOption[];
  organizations: readonly AuditFilterOption[];
  periodInvalid: boolean;
  onChange: (key: AuditFilterKey, value: string | null) => void;
  onClear: () => void;
}) {
  const { t } = useT('audit');
  const { values, onChange } = props;
  const [subjectDraft, setSubjectDraft] = useState(values.subject ?? '');
  const [subjectError, setSubjectError] = useState<string | null>(null);
  const applySubject = () => {
    const value = subjectDraft.trim();
    if (value && !isUuid(value)) {
      setSubjectError(t('filters.subjectInvalid'));
      return;
    }
    setSubjectError(null);
    onChange('subject', value || null);
  };
  const filtered = Object.values(values).some((value) => !!value);
  return (
    <Group align="flex-start" gap="sm">
      <Select
        label={t('filters.action')}
        placeholder={t('filters.anyAction')}
        searchable
        clearable
        w={260}
        value={values.action}
        onChange={(value) => onChange('action', value)}
        data={props.actions as AuditFilterOption[]}
        nothingFoundMessage={t('filters.noAction')}
      />
      <Select
        label={t('filters.person')}
        placeholder={t('filters.anyPerson')}
        searchable
        clearable
        w={220}
        value={values.person}
        onChange={(value) => onChange('person', value)}
        data={props.people as AuditFilterOption[]}
      />
      <Select
        label={t('filters.organization')}
        placeholder={t('filters.anyOrganization')}
        searchable
        clearable
        w={220}
        value={values.organization}
        onChange={(value) => onChange('organization', value)}
        data={props.organizations as AuditFilterOption[]}
      />
      <DateInput
        label={t('filters.from')}
        clearable
        w={170}
        valueFormat="D MMM YYYY"
        value={values.from}
        onChange={(value) => onChange('from', value)}
      />
      <DateInput
        label={t('filters.to')}
        clearable
        w={170}
        valueFormat="D MMM YYYY"
        value={values.to}
        onChange={(value) => onChange('to', value)}
        error={props.periodInvalid ? t('filters.periodInvalid') : undefined}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          applySubject();
        }}
      >
        <Group align="flex-start" gap="xs">
          <TextInput
            label={t('filters.subject')}
            placeholder={t('filters.subjectPlaceholder')}
            w={300}
            value={subjectDraft}
            onChange={(e) => setSubjectDraft(e.currentTarget.value)}
            error={subjectError}
          />
          <Button type="submit" variant="default" mt={25}>
            {t('filters.apply')}
          </Button>
        </Group>
      </form>
      {filtered && (
        <Button
          variant="subtle"
          mt={25}
          onClick={() => {
            setSubjectDraft('');
            setSubjectError(null);
            props.onClear();
          }}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
