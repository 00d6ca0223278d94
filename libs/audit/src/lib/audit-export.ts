import { isUuid } from '@alianza/api-core';
import type { CellValue, ExportColumn, ExportLanguage, ExportRowStream } from '@alianza/export';
import {
  AppError,
  AUDIT_ACTION_LABELS,
  AUDIT_SUBJECT_LABELS,
  AuditAction,
  AuditSubject,
} from '@alianza/shared';
import type { AuditFilter } from './audit.service';
import { AuditRecordType } from './dtos/audit.types';

/** The words of the log's downloads, Spanish first (actions and subjects: libs/shared). */
const WORDS = {
  es: {
    title: 'Registro de auditoría',
    seq: 'Nº',
    time: 'Fecha y hora',
    person: 'Persona',
    organization: 'Organización',
    counterpart: 'Otra organización',
    action: 'Acción',
    subject: 'Sobre qué',
    subjectId: 'Identificador',
    payload: 'Datos',
    hash: 'Huella en la cadena',
    system: 'Sistema',
    former: 'Persona que ya no está en la plataforma',
  },
  en: {
    title: 'Audit log',
    seq: 'No.',
    time: 'Date and time',
    person: 'Person',
    organization: 'Organization',
    counterpart: 'Other organization',
    action: 'Action',
    subject: 'About',
    subjectId: 'Id',
    payload: 'Data',
    hash: 'Chain hash',
    system: 'System',
    former: 'Person no longer on the platform',
  },
} satisfies Record<ExportLanguage, Record<string, string>>;

export const auditExportTitle = (language: ExportLanguage): string => WORDS[language].title;

/** Each stored action and subject (`grant.read`, `LedgerEntry`) by its key, as labels name them. */
const keyOf = <E extends Record<string, string>>(values: E) =>
  new Map(Object.entries(values).map(([key, value]) => [value, key as keyof E]));
const ACTION_KEYS = keyOf(AuditAction);
const SUBJECT_KEYS = keyOf(AuditSubject);

/** Characters per column of the file: what a date, a name, a sentence and a hash need. */
const WIDTHS = [8, 20, 28, 28, 28, 34, 22, 38, 60, 66];

/**
 * The log as a table for people: when (in the reader's time zone, named in the header), who,
 * which organizations, what in words, about what, the record's data and its hash in the chain.
 */
export function auditExportTable(
  language: ExportLanguage,
  timeZone: string,
  pages: AsyncIterable<AuditRecordType[]>,
): ExportRowStream {
  const w = WORDS[language];
  const columns: ExportColumn[] = [
    { header: w.seq, kind: 'integer' },
    { header: w.time, kind: 'dateTime', unit: timeZone },
    { header: w.person, kind: 'text' },
    { header: w.organization, kind: 'text' },
    { header: w.counterpart, kind: 'text' },
    { header: w.action, kind: 'text' },
    { header: w.subject, kind: 'text' },
    { header: w.subjectId, kind: 'text' },
    { header: w.payload, kind: 'text' },
    { header: w.hash, kind: 'text' },
  ];
  const row = (r: AuditRecordType): CellValue[] => {
    const action = ACTION_KEYS.get(r.action);
    const subject = SUBJECT_KEYS.get(r.subjectType);
    return [
      r.seq,
      r.createdAt,
      r.actorUserId === null ? w.system : (r.actorName ?? w.former),
      r.organizationName ?? r.organizationId,
      r.counterpartOrganizationName ?? r.counterpartOrganizationId,
      action ? AUDIT_ACTION_LABELS[language][action] : r.action,
      subject ? AUDIT_SUBJECT_LABELS[language][subject] : r.subjectType,
      r.subjectId,
      r.payload === '{}' ? null : r.payload,
      r.hash,
    ];
  };
  return {
    name: w.title,
    columns,
    widths: WIDTHS,
    pages: (async function* () {
      for await (const records of pages) yield records.map(row);
    })(),
  };
}

/** The filters of a download's address, as the GraphQL `auditLog` names them. */
export interface AuditExportQuery {
  action?: unknown;
  subjectId?: unknown;
  actorUserId?: unknown;
  organizationId?: unknown;
  since?: unknown;
  until?: unknown;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The filter a download asks for, as on the screen: `action` (an `AuditAction`, e.g.
 * `GRANT_READ`), `subjectId`, `actorUserId`, `organizationId` (ids), `since` and `until` (ISO
 * 8601 instants, or days meaning their midnight UTC). A value that is none of these is refused
 * (BAD_USER_INPUT naming it), never ignored: a file must not hold more than was asked.
 */
export function auditFilterFrom(query: AuditExportQuery): AuditFilter {
  const text = (field: keyof AuditExportQuery): string | undefined => {
    const value = query[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '')
      throw AppError.badInput(`"${field}" is given once, with a value.`, { field });
    return value;
  };
  const id = (field: 'subjectId' | 'actorUserId' | 'organizationId') => {
    const value = text(field);
    if (value !== undefined && !isUuid(value))
      throw AppError.badInput(`"${field}" must be a valid id.`, { field });
    return value?.toLowerCase();
  };
  const instant = (field: 'since' | 'until') => {
    const value = text(field);
    if (value === undefined) return undefined;
    const date = new Date(value);
    if (!INSTANT.test(value) || Number.isNaN(date.getTime()))
      throw AppError.badInput(`"${field}" must be a date and time (ISO 8601).`, { field });
    return date;
  };
  const action = text('action');
  if (action !== undefined && !Object.hasOwn(AuditAction, action))
    throw AppError.badInput(`"action" must be one of AuditAction's values, e.g. GRANT_READ.`, {
      field: 'action',
    });
  return {
    action: action === undefined ? undefined : AuditAction[action as keyof typeof AuditAction],
    subjectId: id('subjectId'),
    actorUserId: id('actorUserId'),
    organizationId: id('organizationId'),
    since: instant('since'),
    until: instant('until'),
  };
}
