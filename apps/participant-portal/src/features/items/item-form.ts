import type {
  ItemContentInput,
  ItemFieldType,
  ThirdPartyRule,
} from '@alianza/graphql-client/types';
import type { PortalItemVersionFragment } from './items.generated';

/** One row of the structured fields editor. */
export interface FieldRow {
  /** Identifies the row while editing (React key); never sent. */
  uid: string;
  /** The key of the field in the previous version, kept so that redactions carry over. */
  key?: string;
  label: string;
  type: ItemFieldType;
  text: string;
  /** As the number input gives it: a number, or '' while empty. */
  number: number | string;
}

export interface ItemFormValues {
  areaId: string | null;
  title: string;
  body: string;
  thirdPartyRule: ThirdPartyRule;
  fields: FieldRow[];
}

let rows = 0;
function uid(): string {
  rows += 1;
  return `field-${rows}`;
}

export function emptyFieldRow(type: ItemFieldType = 'TEXT'): FieldRow {
  return { uid: uid(), label: '', type, text: '', number: '' };
}

/** The form for a new item, or for a new version starting from the latest one. */
export function itemFormValues(
  latest?: PortalItemVersionFragment,
  areaId?: string,
): ItemFormValues {
  if (!latest) {
    return { areaId: null, title: '', body: '', thirdPartyRule: 'INTERNAL_ONLY', fields: [] };
  }
  return {
    areaId: areaId ?? null,
    title: latest.title,
    body: latest.body,
    thirdPartyRule: latest.thirdPartyRule,
    fields: latest.fields.map((field) => ({
      uid: uid(),
      key: field.key,
      label: field.label,
      type: field.type,
      text: field.text ?? '',
      number: field.number ?? '',
    })),
  };
}

/** Whether a number input's value holds a finite number. */
export function isNumberValue(value: number | string): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The API's `ItemContentInput`: text fields carry `text`, number fields `number`. */
export function toItemContentInput(values: ItemFormValues): ItemContentInput {
  return {
    title: values.title.trim(),
    body: values.body,
    thirdPartyRule: values.thirdPartyRule,
    fields: values.fields.map((row) => ({
      ...(row.key ? { key: row.key } : {}),
      label: row.label.trim(),
      type: row.type,
      ...(row.type === 'NUMBER'
        ? { number: isNumberValue(row.number) ? row.number : null }
        : { text: row.text }),
    })),
  };
}
