import { useSetMyLanguageMutation } from '@alianza/graphql-client';
import { notifications } from '@mantine/notifications';
import { apiLocale } from './account-language';
import { useErrorText } from './api-error';
import { LanguageSwitch } from './language-switch';

/**
 * The language switch of a signed-in person: the choice is also the account's (the language of
 * its emails, and of the apps on any browser it signs in from).
 */
export function AccountLanguageSwitch(props: { compact?: boolean }) {
  const [setMyLanguage] = useSetMyLanguageMutation();
  const errorText = useErrorText();
  const save = async (language: string) => {
    try {
      await setMyLanguage({ variables: { input: { locale: apiLocale(language) } } });
    } catch (error) {
      // The screens changed already; the account keeps its language until a switch succeeds.
      const text = errorText(error);
      notifications.show({ color: 'red', title: text.title, message: text.detail ?? '' });
    }
  };
  return <LanguageSwitch compact={props.compact} onChange={(language) => void save(language)} />;
}
