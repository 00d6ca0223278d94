import { useAction } from '@alianza/ui';
import { useT } from '../../i18n';
import { PortalRulesDocument, usePortalAcceptGroundRulesMutation } from './rules.generated';

/** Accepts the ground rules in force for one participation (owners). */
export function useAcceptGroundRules() {
  const { t } = useT('rules');
  const run = useAction();
  const [mutate, { loading }] = usePortalAcceptGroundRulesMutation({
    refetchQueries: [PortalRulesDocument],
    awaitRefetchQueries: true,
  });
  return {
    accepting: loading,
    accept: (participationId: string, groundRulesVersionId: string, organization: string) =>
      run(
        () => mutate({ variables: { participationId, groundRulesVersionId } }),
        t('acceptance.accepted', { organization }),
      ),
  };
}
