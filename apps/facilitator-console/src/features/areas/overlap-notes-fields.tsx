import { useTextLimit } from '@alianza/ui';
import { INPUT_LIMITS } from '@alianza/shared';
import { Textarea } from '@mantine/core';
import { useT } from '../../i18n';

export interface OverlapNotesValue {
  /** The facilitator's own note: the server gives it to no one else. */
  note: string;
  /** What the organizations involved read in their portal. */
  sharedNote: string;
}

/** The facilitator's own note first, then what the parties read. */
const NOTES = ['note', 'sharedNote'] as const;

/**
 * The two texts of an overlap, kept apart and labelled by who reads them: used wherever an
 * overlap is declared (the areas screen and the detected overlaps).
 */
export function OverlapNotesFields(props: {
  value: OverlapNotesValue;
  onChange: (value: OverlapNotesValue) => void;
  autoFocus?: boolean;
}) {
  const { t } = useT('areas');
  const limit = useTextLimit();
  const { value, onChange } = props;
  return (
    <>
      {NOTES.map((key, i) => (
        <Textarea
          key={key}
          label={t(`declare.${key}`)}
          {...limit(value[key], INPUT_LIMITS.longText, t(`declare.${key}Description`))}
          value={value[key]}
          onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={8}
          data-autofocus={props.autoFocus && i === 0 ? true : undefined}
        />
      ))}
    </>
  );
}

/** The texts as the API takes them: trimmed. */
export function overlapNotesInput(value: OverlapNotesValue): OverlapNotesValue {
  return { note: value.note.trim(), sharedNote: value.sharedNote.trim() };
}
