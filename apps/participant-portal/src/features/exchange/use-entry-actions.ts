import type { EntryDirection } from '@alianza/graphql-client/types';
import { useAction } from '@alianza/ui';
import { useT } from '../../i18n';
import {
  PortalExchangeDocument,
  usePortalAddParticipationEntryMutation,
  usePortalRemoveParticipationEntryMutation,
  usePortalUpdateParticipationEntryMutation,
} from './exchange.generated';
import type { EntryFormValues } from './entry-form-modal';

/** Add, edit and remove what the organization seeks and offers; each tells how it went. */
export function useEntryActions(participationId: string) {
  const { t } = useT('exchange');
  const run = useAction();
  const refetchQueries = [PortalExchangeDocument];
  const [add, added] = usePortalAddParticipationEntryMutation({ refetchQueries });
  const [update, updated] = usePortalUpdateParticipationEntryMutation();
  const [remove, removed] = usePortalRemoveParticipationEntryMutation({ refetchQueries });
  return {
    saving: added.loading || updated.loading,
    removing: removed.loading,
    add: (direction: EntryDirection, values: EntryFormValues) =>
      run(
        () => add({ variables: { participationId, input: { direction, ...values } } }),
        t('form.added'),
      ),
    update: (entryId: string, values: EntryFormValues) =>
      run(() => update({ variables: { entryId, input: values } }), t('form.saved')),
    remove: (entryId: string) => run(() => remove({ variables: { entryId } }), t('remove.done')),
  };
}
