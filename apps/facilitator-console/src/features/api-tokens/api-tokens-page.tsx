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
import { ConsoleApiTokensDocument, useConsoleApiTokensQuery } from './api-tokens.generated';

const EXAMPLES = {
  csvPath: '/reports/portfolio.csv',
  graphqlQuery: '{ portfolioReport { title status percentDone confirmedValue } }',
};

/** The reporting queries a facilitator may limit a token to (docs/reporting-queries.md). */
const QUERY_EXAMPLES = REPORTING_QUERY_EXAMPLES.filter((q) => q.audience === 'FACILITATOR');

/** Tokens per page. */
const PAGE = 20;

/** The facilitator's reporting API tokens (the screen is shared with the portal, in libs/ui). */
export function ApiTokensPage() {
  const { t } = useT('api-tokens');
  const run = useAction();
  const query = useConsoleApiTokensQuery({
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const tokens = query.data?.me?.apiTokens;
  const more = useLoadMore({ data: { tokens }, fetchMore: query.fetchMore }, 'tokens');
  // The secret is never written to Apollo's cache: it lives only in the screen that shows it.
  const [create] = useCreateApiTokenMutation({
    fetchPolicy: 'no-cache',
    refetchQueries: [ConsoleApiTokensDocument],
    awaitRefetchQueries: true,
  });
  const [revoke] = useRevokeApiTokenMutation();
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
          examples={EXAMPLES}
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
