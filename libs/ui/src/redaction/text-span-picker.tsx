import { Button, CloseButton, Group, Paper, Select, Stack, Text, Typography } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../lib/i18n';
import Markdown from 'react-markdown';
import {
  canonicalText,
  normalizeSpans,
  sentenceSpans,
  spanExcerpt,
  trimSpan,
  type Span,
} from '@alianza/redaction';
import { canonicalSpanOfRange, remarkCanonicalSegments } from './canonical-segments';

export interface TextSpanPickerProps {
  /** The Markdown body, as its author wrote it. */
  readonly body: string;
  /** Spans someone else already hid (the owner's proposal, for the facilitator): shown, fixed. */
  readonly locked?: readonly Span[];
  /** The spans chosen here, in the canonical text (what the API takes). */
  readonly value: readonly Span[];
  readonly onChange: (spans: Span[]) => void;
  readonly disabled?: boolean;
}

const NONE: readonly Span[] = [];

/** Keeps the span of the last selection made inside `container` (selections elsewhere leave it). */
function useSelectedSpan(container: React.RefObject<HTMLElement | null>, text: string) {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    const update = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(element)) return;
      const covered = canonicalSpanOfRange(element, range);
      setSpan(covered && trimSpan(text, covered));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container, text]);
  return [span, setSpan] as const;
}

/**
 * Choosing what part of a text to hide, on the formatted text as people read it: select with
 * the mouse and press "hide the selection", or pick a sentence from a list (keyboard). Spans
 * count characters of the canonical text (`@alianza/redaction`), never of the Markdown source.
 */
export function TextSpanPicker(props: TextSpanPickerProps) {
  const { t } = useT('redaction');
  const { body, value, onChange, disabled } = props;
  const locked = props.locked ?? NONE;
  const text = useMemo(() => canonicalText(body), [body]);
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useSelectedSpan(textRef, text);
  const [sentence, setSentence] = useState<string | null>(null);
  const listId = useId();
  const chosen = normalizeSpans(value);
  const add = (span: Span) => {
    onChange(normalizeSpans([...value, span]));
    document.getSelection()?.removeAllRanges();
    setSelected(null);
  };
  const isHidden = (span: Span) =>
    [...locked, ...chosen].some((s) => s.start <= span.start && s.end >= span.end);
  const sentences = sentenceSpans(text)
    .filter((span) => !isHidden(span))
    .map((span) => ({ value: `${span.start}-${span.end}`, label: spanExcerpt(text, span, 90) }));
  const chosenKey = chosen.map((s) => `${s.start}-${s.end}`).join(',');
  const remarkPlugins = useMemo(
    () => [
      [
        remarkCanonicalSegments,
        { locked, chosen, titles: { locked: t('locked'), chosen: t('chosen') } },
      ] as [typeof remarkCanonicalSegments, Parameters<typeof remarkCanonicalSegments>[0]],
    ],
    // `chosen` is made anew from `value` on each render: what it holds is `chosenKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locked, chosenKey, t],
  );

  if (!text) {
    return (
      <Text size="sm" c="dimmed">
        {t('noText')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('hint')}
      </Text>
      <Paper
        withBorder
        p="sm"
        ref={textRef}
        role="group"
        aria-label={t('text')}
        style={{ maxHeight: 320, overflowY: 'auto', userSelect: 'text' }}
      >
        <Typography fz="sm">
          <Markdown remarkPlugins={remarkPlugins}>{body}</Markdown>
        </Typography>
      </Paper>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="xs" c="dimmed" lineClamp={1} aria-live="polite">
          {selected
            ? t('selected', { text: spanExcerpt(text, selected, 50) })
            : t('nothingSelected')}
        </Text>
        <Button
          size="xs"
          color="dark"
          leftSection={<IconEyeOff size={14} aria-hidden />}
          disabled={!selected || disabled}
          // Keep the text selection when the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => selected && add(selected)}
        >
          {t('hideSelection')}
        </Button>
      </Group>
      <Select
        size="xs"
        label={t('sentence')}
        placeholder={t('sentencePlaceholder')}
        data={sentences}
        value={sentence}
        disabled={disabled || sentences.length === 0}
        searchable
        onChange={(picked) => {
          setSentence(null);
          const [start, end] = (picked ?? '').split('-').map(Number);
          if (picked && start !== undefined && end !== undefined) add({ start, end });
        }}
      />
      <div>
        <Text size="sm" fw={500} id={listId}>
          {t('hidden')}
        </Text>
        {chosen.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('none')}
          </Text>
        ) : (
          <Stack gap={4} mt={4} component="ul" p={0} m={0} aria-labelledby={listId}>
            {chosen.map((span) => {
              const quoted = spanExcerpt(text, span);
              return (
                <Group
                  key={`${span.start}-${span.end}`}
                  component="li"
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  style={{ listStyle: 'none' }}
                >
                  <Text size="sm" lineClamp={1}>
                    {t('quoted', { text: quoted })}
                  </Text>
                  <CloseButton
                    size="sm"
                    aria-label={t('show', { text: quoted })}
                    disabled={disabled}
                    onClick={() =>
                      onChange(chosen.filter((s) => s.start !== span.start || s.end !== span.end))
                    }
                  />
                </Group>
              );
            })}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
