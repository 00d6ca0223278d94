import { useCreateApiTokenMutation, useRevokeApiTokenMutation } from '@alianza/graphql-client';
import { REPORTING_QUERY_EXAMPLES } from '@alianza/shared';
import {
  ApiTokensPanel,
  LoadMore,
  PageHeader,
  QueryState,
  useAction,
  useLoadMore,
} from '@alianza/ui';
import { useT } from '../../i18n';
import { PortalApiTokensDocument, usePortalApiTokensQuery } from './api-tokens.generated';

/** The reporting queries a member may limit a token to (docs/reporting-queries.md). */
const QUERY_EXAMPLES = REPORTING_QUERY_EXAMPLES.filter((q) => q.audience === 'MEMBER');

/** Tokens per page. */
const PAGE = 20;

/** The member's reporting API tokens (the screen is shared with the console, in libs/ui). */
export function ApiTokensPage() {
  const { t } = useT('api-tokens');
  const run = useAction();
  const query = usePortalApiTokensQuery({
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const tokens = query.data?.me?.apiTokens;
  const more = useLoadMore({ data: { tokens }, fetchMore: query.fetchMore }, 'tokens');
  // The secret is never written to Apollo's cache: it lives only in the screen that shows it.
  const [create] = useCreateApiTokenMutation({
    fetchPolicy: 'no-cache',
    refetchQueries: [PortalApiTokensDocument],
    awaitRefetchQueries: true,
  });
  const [revoke] = useRevokeApiTokenMutation();
  const organizationId = query.data?.organizations.nodes[0]?.id ?? '<organization-id>';
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        onRetry={() => void query.refetch()}
      >
        <ApiTokensPanel
          tokens={tokens?.nodes ?? []}
          examples={{
            csvPath: `/reports/organizations/${organizationId}.csv`,
            graphqlQuery: `{ organizationReport(organizationId: "${organizationId}") { name collaborations { title given received net } } }`,
          }}
          queryExamples={QUERY_EXAMPLES}
          onCreate={async (input, form) => {
            const result = await run(() => create({ variables: { input } }), t('create.done'), {
              form,
            });
            return result?.data?.createApiToken.secret;
          }}
          onRevoke={async (id) =>
            !!(await run(() => revoke({ variables: { apiTokenId: id } }), t('revoke.done')))
          }
        />
        <LoadMore {...more} />
      </QueryState>
    </>
  );
}
