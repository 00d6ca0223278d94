/** The parts of a closed collaboration's final statement worth showing as a follow-up's context. */
export interface OpeningContextSummary {
  readonly title: string | null;
  readonly objective: string | null;
  readonly milestonesDone: number | null;
  readonly milestonesTotal: number | null;
  readonly objectives: readonly { title: string; indicators: number }[];
  /** Given, received and net per organization (exact decimals as strings). */
  readonly balances: readonly {
    organizationId: string;
    given: string;
    received: string;
    net: string;
  }[];
  readonly evaluations: number;
  readonly missingEvaluations: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Reads the JSON `content` of a final statement. Tolerant: a part missing from the statement
 * is left empty rather than failing the screen. Null when the content is not JSON at all.
 */
export function summarizeOpeningContext(content: string): OpeningContextSummary | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return null;
  }
  const root = record(parsed);
  const collaboration = record(root['collaboration']);
  const plan = record(root['plan']);
  const balances = record(root['balances']);
  return {
    title: text(collaboration['title']),
    objective: text(collaboration['objective']),
    milestonesDone: count(plan['milestonesDone']),
    milestonesTotal: count(plan['milestonesTotal']),
    objectives: list(plan['objectives']).map((o) => ({
      title: text(record(o)['title']) ?? '',
      indicators: list(record(o)['indicators']).length,
    })),
    balances: list(balances['organizations']).flatMap((o) => {
      const row = record(o);
      const organizationId = text(row['organizationId']);
      if (!organizationId) return [];
      return [
        {
          organizationId,
          given: text(row['given']) ?? '0',
          received: text(row['received']) ?? '0',
          net: text(row['net']) ?? '0',
        },
      ];
    }),
    evaluations: list(root['evaluations']).length,
    missingEvaluations: list(root['missingEvaluations']).length,
  };
}
