import { Group, Input, Radio, Stack, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useT } from './i18n';

/** The one rating scale of Alianza, lowest first: 1 "very little" to 5 "very much". */
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATING_VALUES)[number];

/** "3 · Enough": a rating with its word, as the rating input and the results show it. */
export function useRatingLabel(): (rating: number) => string {
  const { t } = useT('common');
  return (rating) =>
    RATING_VALUES.includes(rating as Rating)
      ? t('rating.labelled', { value: rating, word: t(`rating.levels.${rating as Rating}`) })
      : String(rating);
}

/**
 * A 1–5 rating, lowest first, each value with its word: native radio buttons in a group named by
 * `label` (so arrow keys move between values and a screen reader says the name and the word).
 * `optional` adds "Not rated" (value null) first. `hideLabel` keeps the name for screen readers
 * only, e.g. in a table whose row already says what is rated.
 */
export function RatingInput(props: {
  label: ReactNode;
  value: number | null;
  onChange: (value: number | null) => void;
  optional?: boolean;
  hideLabel?: boolean;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
  size?: 'xs' | 'sm';
}) {
  const { t } = useT('common');
  const ratingLabel = useRatingLabel();
  const id = useId();
  const size = props.size ?? 'sm';
  const options: { value: string; label: string }[] = [
    ...(props.optional ? [{ value: '', label: t('rating.none') }] : []),
    ...RATING_VALUES.map((n) => ({ value: String(n), label: ratingLabel(n) })),
  ];
  const current = props.value ? String(props.value) : '';
  const label = (
    <Input.Label id={`${id}-label`} component="div" size={size}>
      {props.label}
    </Input.Label>
  );
  return (
    <Stack gap={4}>
      {props.hideLabel ? <VisuallyHidden>{label}</VisuallyHidden> : label}
      {props.description && (
        <Input.Description id={`${id}-description`} size={size}>
          {props.description}
        </Input.Description>
      )}
      <Group
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={props.description ? `${id}-description` : undefined}
        aria-invalid={props.error ? true : undefined}
        gap="sm"
        wrap="wrap"
      >
        {options.map((option) => (
          <Radio
            key={option.value || 'none'}
            name={id}
            size={size}
            value={option.value}
            label={option.label}
            checked={current === option.value}
            disabled={props.disabled}
            onChange={() => props.onChange(option.value ? Number(option.value) : null)}
          />
        ))}
      </Group>
      {props.error && <Input.Error size={size}>{props.error}</Input.Error>}
    </Stack>
  );
}
