/**
 * Every field that returns a connection, by parent type, with the arguments that name one
 * list (all but the cursor `after`). Generated from the schema by `npm run codegen`.
 */
export const connectionFields = {
  Collaboration: {
    activityOptions: ['areaId', 'first'],
    areas: ['first', 'includeArchived'],
    benchmarkRounds: ['first'],
    detectedOverlaps: ['areaId', 'first'],
    evaluations: ['first'],
    grantsNeedingReview: ['first'],
    invitations: ['first'],
    overlaps: ['first'],
    pledges: ['first', 'status'],
  },
  ItemFile: {
    accesses: ['first'],
  },
  Query: {
    accountEvents: ['first', 'userId'],
    auditLog: ['action', 'actorUserId', 'collaborationId', 'first', 'organizationId', 'since', 'subjectId', 'until'],
    collaborations: ['first', 'status'],
    disclosureRequests: ['collaborationId', 'first', 'itemId', 'status'],
    items: ['areaId', 'collaborationId', 'first', 'ownerOrganizationId'],
    ledgerEntries: ['collaborationId', 'first', 'organizationId', 'status'],
    mailQueue: ['first', 'status'],
    myAccountEvents: ['first'],
    mySessions: ['first'],
    notifications: ['first', 'unreadOnly'],
    organizations: ['first', 'mine', 'search'],
    participations: ['collaborationId', 'first', 'organizationId', 'status'],
    publications: ['collaborationId', 'first'],
    publishedAnswers: ['collaborationId', 'first'],
    questions: ['collaborationId', 'first', 'status'],
    search: ['collaborationId', 'first', 'query'],
    sharedWithMe: ['areaId', 'collaborationId', 'first', 'ownerOrganizationId'],
    sharedWithOrganization: ['areaId', 'collaborationId', 'first', 'organizationId', 'ownerOrganizationId'],
    users: ['first', 'search'],
    webhookDeliveries: ['endpointId', 'first'],
    webhookEndpoints: ['collaborationId', 'first', 'organizationId'],
  },
  User: {
    apiTokens: ['first'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;
