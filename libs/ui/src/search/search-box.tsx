import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../lib/i18n';

/** Where both apps show search results (`?q=` the words). */
export const SEARCH_PATH = '/search';

/**
 * The shell's search box: Enter opens the results page for the words typed. `fullWidth` in the
 * phone's navigation drawer.
 */
export function SearchBox(props: { fullWidth?: boolean }) {
  const { t } = useT('search');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [words, setWords] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = words.trim();
    if (query) void navigate(`${SEARCH_PATH}?q=${encodeURIComponent(query)}`);
  };
  return (
    <form role="search" onSubmit={submit}>
      <TextInput
        size="xs"
        type="search"
        aria-label={t('box.label')}
        placeholder={t('box.placeholder')}
        leftSection={<IconSearch size={14} aria-hidden />}
        maxLength={200}
        value={words}
        onChange={(event) => setWords(event.currentTarget.value)}
        w={props.fullWidth ? '100%' : { base: 140, sm: 220 }}
      />
    </form>
  );
}
