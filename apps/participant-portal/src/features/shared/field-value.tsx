import { useFormat } from '@alianza/i18n';

/** What a structured field of an item holds: a text, or a number. */
export interface FieldValueData {
  readonly type: string;
  readonly text?: string | null;
  readonly number?: number | string | null;
}

/** The value of a structured field, numbers in the reader's locale. */
export function FieldValue({ field }: { field: FieldValueData }) {
  const format = useFormat();
  return <>{field.type === 'NUMBER' ? format.number(field.number) : field.text}</>;
}
