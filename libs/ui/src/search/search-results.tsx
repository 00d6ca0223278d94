import type { SearchQuery } from '@alianza/graphql-client';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';

export type SearchHitView = SearchQuery['search']['nodes'][number];

/** A highlighted text: matched words marked, the rest as is (plain text, never HTML). */
export function Highlighted(props: { segments: readonly { text: string; match: boolean }[] }) {
  return (
    <>
      {props.segments.map((segment, index) =>
        segment.match ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** The hits of a search, each with its kind, collaboration and best passages. */
export function SearchHitList(props: {
  hits: readonly SearchHitView[];
  /** Where a hit opens in this app (null: nowhere to go). */
  linkTo: (hit: SearchHitView) => string | null;
}) {
  const { t } = useT('search');
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.hits.map((hit) => {
        const to = props.linkTo(hit);
        const title = <Highlighted segments={hit.titleHighlight} />;
        return (
          <Card key={`${hit.kind}:${hit.id}`} withBorder component="li" padding="sm">
            <Group gap="xs" mb={4} wrap="wrap">
              <Badge variant="light" size="sm">
                {t(`kind.${hit.kind}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('inCollaboration', { title: hit.collaborationTitle })}
              </Text>
            </Group>
            <Text fw={600}>
              {to ? (
                <Anchor component={Link} to={to}>
                  {title}
                </Anchor>
              ) : (
                title
              )}
            </Text>
            {hit.highlight.length > 0 && (
              <Text size="sm" c="dimmed" mt={4}>
                <Highlighted segments={hit.highlight} />
              </Text>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

/**
 * Where each kind of hit opens in an app: the screen, under its collaboration (`''` its start,
 * `null` nowhere), as `SearchPage`'s `linkTo`.
 */
export function searchLinks(
  screens: Record<SearchHitView['kind'], string | null>,
): (hit: Pick<SearchHitView, 'kind' | 'collaborationId'>) => string | null {
  return (hit) => {
    const screen = screens[hit.kind];
    if (screen === null) return null;
    return screen ? `/c/${hit.collaborationId}/${screen}` : `/c/${hit.collaborationId}`;
  };
}
