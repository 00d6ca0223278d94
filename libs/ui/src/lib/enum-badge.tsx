import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
export function EnumBadge(props: { enum: string; value: string; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('common');
  return (
    <Badge color={COLORS[props.value] ?? 'gray'} variant="light" size={props.size ?? 'sm'}>
      {t(`enums.${props.enum}.${props.value}`)}
    </Badge>
  );
}

/** The translated name of an enum value, for selects and text. */
export function useEnumLabel(): (enumName: string, value: string) => string {
  const { t } = useTranslation('common');
  return (enumName, value) => t(`enums.${enumName}.${value}`);
}

/** Select options for all values of an enum, translated. */
export function useEnumOptions(): (
  enumName: string,
  values: readonly string[],
) => { value: string; label: string }[] {
  const { t } = useTranslation('common');
  return (enumName, values) =>
    values.map((value) => ({ value, label: t(`enums.${enumName}.${value}`) }));
}
