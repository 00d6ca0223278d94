import type { CommonTexts, KeyIn } from '@alianza/i18n';
import { Badge, type MantineColor } from '@mantine/core';
import { useT, type UiCatalogue } from './i18n';

type EnumTexts = CommonTexts['enums'];
/** An API enum that has its texts in `common` (`enums.<name>.<value>`). */
export type EnumName = keyof EnumTexts & string;
/** The values of that enum that have a text (a GraphQL value without one fails the type check). */
export type EnumValue<E extends EnumName> = keyof EnumTexts[E] & string;

/**
 * The key of an enum value's text. TypeScript cannot follow a template over a generic enum
 * name, but `EnumValue<E>` is by definition a key of `enums.<E>`, so the key exists.
 */
function enumKey<E extends EnumName>(enumName: E, value: EnumValue<E>) {
  return `enums.${enumName}.${value}` as KeyIn<UiCatalogue, 'common'>;
}

const COLORS: Record<string, MantineColor> = {
  ACTIVE: 'teal',
  APPROVED: 'teal',
  CONFIRMED: 'teal',
  DONE: 'teal',
  FULFILLED: 'teal',
  ACCEPTED: 'teal',
  ANSWERED: 'teal',
  PUBLISHED: 'grape',
  OPEN: 'blue',
  PENDING: 'yellow',
  PROPOSED: 'yellow',
  INVITED: 'yellow',
  DRAFT: 'gray',
  TODO: 'gray',
  PLANNED: 'gray',
  DOING: 'blue',
  IN_PROGRESS: 'blue',
  CLOSING: 'orange',
  CHANGES_REQUESTED: 'orange',
  MODERATED: 'orange',
  DISPUTED: 'orange',
  BLOCKED: 'red',
  REJECTED: 'red',
  REVOKED: 'red',
  RESTRICTED: 'red',
  DECLINED: 'red',
  EXPIRED: 'gray',
  CLOSED: 'dark',
  CANCELLED: 'gray',
  WITHDRAWN: 'gray',
};

/** A translated, coloured label for a value of one of the API's enums. */
export function EnumBadge<E extends EnumName>(props: {
  enum: E;
  value: EnumValue<E>;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useT('common');
  return (
    <Badge color={COLORS[props.value] ?? 'gray'} variant="light" size={props.size ?? 'sm'}>
      {t(enumKey(props.enum, props.value))}
    </Badge>
  );
}

/** The translated name of an enum value, for selects and text. */
export function useEnumLabel(): <E extends EnumName>(enumName: E, value: EnumValue<E>) => string {
  const { t } = useT('common');
  return (enumName, value) => t(enumKey(enumName, value));
}

/** Select options for all values of an enum, translated. */
export function useEnumOptions(): <E extends EnumName>(
  enumName: E,
  values: readonly EnumValue<E>[],
) => { value: EnumValue<E>; label: string }[] {
  const { t } = useT('common');
  return (enumName, values) =>
    values.map((value) => ({ value, label: t(enumKey(enumName, value)) }));
}
