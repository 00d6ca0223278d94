/**
 * What a reporting API token limited to persisted queries holds at most: the API refuses more,
 * the API-token screens offer no more.
 */
export const PERSISTED_QUERY_LIMITS = {
  /** Documents per token. */
  perToken: 50,
  /** Characters per document. */
  characters: 20_000,
} as const;

/** Who runs a reporting query: a collaboration's facilitator, or a member of an organization. */
export type ReportingAudience = 'FACILITATOR' | 'MEMBER';

/** A ready-to-use reporting query, as docs/reporting-queries.md prints it. */
export interface ReportingQueryExample {
  /** The operation's name, e.g. `CollaborationReport`. */
  readonly name: string;
  readonly audience: ReportingAudience;
  /**
   * The document, byte for byte: a token limited to persisted queries runs it by the SHA-256 of
   * this exact text, so the API-token screens offer it unchanged.
   */
  readonly document: string;
}

/**
 * The reporting queries a reporting API token may run, one per report an integrator asks for.
 * docs/reporting-queries.md prints each of them verbatim (with variables and curl), the API-token
 * screens offer them as persisted queries, and test/api/src/reporting-queries-doc.e2e-spec.ts
 * proves they run and that the document and this list agree.
 */
export const REPORTING_QUERY_EXAMPLES: readonly ReportingQueryExample[] = [
  {
    name: 'CollaborationReport',
    audience: 'FACILITATOR',
    document: `query CollaborationReport($collaborationId: ID!) {
  collaborationReport(collaborationId: $collaborationId) {
    collaborationId
    title
    status
    generatedAt
    participation {
      invited
      accepted
      active
    }
    plan {
      percentDone
      milestones
      milestonesOverdue
      tasks
      tasksOverdue
    }
    disclosure {
      requested
      pending
      approved
      rejected
      grantsActive
    }
    ledger {
      valuationScale
      currency
      confirmedValue
      entriesPending
      pledgesOpen
    }
  }
}`,
  },
  {
    name: 'LedgerBalances',
    audience: 'FACILITATOR',
    document: `query LedgerBalances($collaborationId: ID!) {
  collaborationReport(collaborationId: $collaborationId) {
    title
    ledger {
      valuationScale
      currency
      confirmedValue
      organizations {
        organizationId
        name
        given
        received
        net
      }
      pairs {
        giverOrganizationId
        giverName
        receiverOrganizationId
        receiverName
        value
      }
    }
  }
}`,
  },
  {
    name: 'PlanIndicators',
    audience: 'FACILITATOR',
    document: `query PlanIndicators($collaborationId: ID!) {
  collaborationReport(collaborationId: $collaborationId) {
    title
    plan {
      percentDone
      indicators {
        indicatorId
        objective
        name
        unit
        baselineDecimal
        targetDecimal
        currentDecimal
        progressPercent
      }
    }
  }
}`,
  },
  {
    name: 'Portfolio',
    audience: 'FACILITATOR',
    document: `query Portfolio {
  portfolioReport {
    collaborationId
    title
    status
    activeParticipants
    percentDone
    overdueTasks
    pendingDisclosureRequests
    valuationScale
    currency
    confirmedValue
    openPledges
  }
}`,
  },
  {
    name: 'OrganizationReport',
    audience: 'MEMBER',
    document: `query OrganizationReport($organizationId: ID!) {
  organizationReport(organizationId: $organizationId) {
    organizationId
    name
    collaborations {
      collaborationId
      title
      status
      participationStatus
      valuationScale
      currency
      given
      received
      net
      entriesToConfirm
      itemsSeen
      grantsReceivedActive
      requestsMade
      requestsPending
      pledgesOpen
    }
  }
}`,
  },
];
