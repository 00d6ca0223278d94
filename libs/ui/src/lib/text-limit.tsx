import type { ReactNode } from 'react';
import { useT } from './i18n';

/**
 * A text field's limit, visible under it and enforced by the browser: "Up to 200 characters",
 * then "180 of 200 characters" once most of it is used. Spread into a Mantine TextInput or
 * Textarea; a field's own description stays first.
 */
export function useTextLimit(): (
  value: string,
  max: number,
  description?: ReactNode,
) => { maxLength: number; description: ReactNode } {
  const { t } = useT('common');
  return (value, max, description) => {
    const limit =
      value.length >= max * 0.8
        ? t('limits.count', { count: value.length, max })
        : t('limits.max', { max });
    return {
      maxLength: max,
      description: description ? (
        <>
          {description} {limit}
        </>
      ) : (
        limit
      ),
    };
  };
}
