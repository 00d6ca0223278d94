import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useT } from './i18n';
import { formPathOf, refusedField, useErrorText, useRefusedFieldText } from './api-error';

/** What `useAction` needs of a form (Mantine's `useForm` has it) to mark a refused field. */
export interface FieldErrorTarget {
  getValues(): unknown;
  setFieldError(path: string, error: string): void;
}

/** One error toast at a time: a new failure replaces it, a success closes it. */
const ERROR_TOAST = 'alianza-action-error';

/**
 * Runs an action and tells the user how it went: a toast on success (optional text), the
 * translated API error on failure. When the API names the refused field and `options.form` has
 * it, the field's own message shows next to it. Returns the action's result, or undefined when
 * it failed.
 */
export function useAction() {
  const errorText = useErrorText();
  const fieldText = useRefusedFieldText();
  const { t } = useT('common');
  return useCallback(
    async <T>(
      action: () => Promise<T>,
      success?: string,
      options: { form?: FieldErrorTarget } = {},
    ): Promise<T | undefined> => {
      try {
        const result = await action();
        notifications.hide(ERROR_TOAST);
        notifications.show({
          color: 'teal',
          message: success ?? t('state.saved'),
          autoClose: 2500,
        });
        return result;
      } catch (error) {
        const refused = refusedField(error);
        const path = refused && options.form && formPathOf(refused.field, options.form.getValues());
        if (refused && path && options.form) options.form.setFieldError(path, fieldText(refused));
        const text = refused
          ? {
              title: path ? t('errors.field') : t('errors.BAD_USER_INPUT'),
              detail: fieldText(refused),
            }
          : errorText(error);
        notifications.hide(ERROR_TOAST);
        notifications.show({
          id: ERROR_TOAST,
          color: 'red',
          title: text.title,
          message: text.detail ?? '',
          autoClose: 8000,
        });
        return undefined;
      }
    },
    [errorText, fieldText, t],
  );
}
