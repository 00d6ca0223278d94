import { Alert, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from './i18n';
import { readDraft, storageKey, writeDraft } from './draft-storage';
import { useSignedInUserId } from './session';

/** What `useDraft` needs of a form (Mantine's `useForm` has it). */
export interface DraftForm<V> {
  values: V;
  getValues(): V;
  getInitialValues(): V;
  setValues(values: Partial<V>): void;
  reset(): void;
}

export interface Draft {
  /** True while the form shows values brought back from an earlier visit. */
  readonly restored: boolean;
  /** Forgets the stored draft and keeps what the form shows (after a successful submit). */
  clear(): void;
  /** Forgets the stored draft and puts the form back as it started (cancel, "discard"). */
  discard(): void;
}

function pick<V>(values: V, keep: (field: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values as Record<string, unknown>).filter(([field]) => keep(field)),
  );
}

/**
 * Keeps what the signed-in user types in a long form in this browser, so that a reload, a closed
 * tab or an expired session does not lose it: the values are stored under the user's id and
 * `key` (which names the form and what it is about, e.g. `rules:<collaborationId>`) while they
 * differ from the form's initial values, and put back when the form mounts again. `key` null
 * keeps no draft (e.g. until the data the form starts from has loaded). `omit` names fields
 * never to store (files, anything secret: passwords and tokens never go into a draft).
 */
export function useDraft<V extends object>(
  key: string | null,
  form: DraftForm<V>,
  options: { omit?: readonly (keyof V & string)[] } = {},
): Draft {
  const userId = useSignedInUserId();
  const name = userId && key ? storageKey(userId, key) : null;
  const omitKey = (options.omit ?? []).join();
  const keep = useMemo(() => {
    const omitted = new Set(omitKey ? omitKey.split(',') : []);
    return (field: string) => !omitted.has(field);
  }, [omitKey]);
  const [restored, setRestored] = useState(false);
  // The storage name whose draft has been looked for: nothing is saved before, or an earlier
  // draft would be overwritten by the form's initial values.
  const loaded = useRef<string | null>(null);

  // Before the first paint, so the form never shows its empty state first.
  useLayoutEffect(() => {
    if (!name || loaded.current === name) return;
    loaded.current = name;
    const draft = readDraft(name);
    const initial = pick(form.getInitialValues(), keep);
    const fields = draft
      ? Object.fromEntries(Object.entries(draft).filter(([field]) => field in initial))
      : {};
    if (Object.keys(fields).length === 0) {
      setRestored(false);
      return;
    }
    form.setValues(fields as Partial<V>);
    setRestored(true);
    // `form` is a new object each render; the draft is read once per storage name.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, keep]);

  const values = form.values;
  useEffect(() => {
    if (!name || loaded.current !== name) return;
    const current = pick(form.getValues(), keep);
    const initial = pick(form.getInitialValues(), keep);
    const changed = JSON.stringify(current) !== JSON.stringify(initial);
    writeDraft(name, changed ? current : null);
    if (!changed) setRestored(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, keep, values]);

  const clear = useCallback(() => {
    if (name) writeDraft(name, null);
    setRestored(false);
  }, [name]);
  const { reset } = form;
  const discard = useCallback(() => {
    reset();
    if (name) writeDraft(name, null);
    setRestored(false);
  }, [name, reset]);
  return { restored, clear, discard };
}

/** "Draft restored", with a button to throw it away; nothing when the form is not a draft. */
export function DraftNotice(props: { draft: Draft }) {
  const { t } = useT('common');
  if (!props.draft.restored) return null;
  return (
    <Alert color="blue" variant="light" p="xs" role="status">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{t('drafts.restored')}</Text>
        <Button size="compact-sm" variant="subtle" onClick={props.draft.discard}>
          {t('drafts.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
