import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useT } from './i18n';
import { useErrorText } from './api-error';

/**
 * Runs an action and tells the user how it went: a toast on success (optional text), the
 * translated API error on failure. Returns the action's result, or undefined when it failed.
 */
export function useAction() {
  const errorText = useErrorText();
  const { t } = useT('common');
  return useCallback(
    async <T>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      try {
        const result = await action();
        notifications.show({
          color: 'teal',
          message: success ?? t('state.saved'),
          autoClose: 2500,
        });
        return result;
      } catch (error) {
        const text = errorText(error);
        notifications.show({
          color: 'red',
          title: text.title,
          message: text.detail ?? '',
          autoClose: 8000,
        });
        return undefined;
      }
    },
    [errorText, t],
  );
}
