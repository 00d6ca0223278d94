import { Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor, ReportAccess } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { CollaborationReport, OrganizationReport, PortfolioRow } from './dtos/reporting.types';
import { ReportingService } from './reporting.service';

/** Read-only reports, also readable with a reporting API token. */
@Resolver()
export class ReportingResolver {
  constructor(private readonly reports: ReportingService) {}

  @Allow(Action.ReadReport, Subject.Collaboration) // its facilitators (SQL)
  @ReportAccess()
  @Query(() => CollaborationReport, {
    description:
      'A collaboration’s report: participation, plan, disclosure funnel, ledger and, once closed, evaluation. Also as CSV at GET /reports/collaborations/{id}.csv.',
  })
  collaborationReport(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
  ): Promise<CollaborationReport> {
    return this.reports.collaborationReport(actor, collaborationId);
  }

  @Authenticated() // rows only for the collaborations the caller facilitates (SQL); empty otherwise
  @ReportAccess()
  @Query(() => [PortfolioRow], {
    description:
      'One row per collaboration you facilitate. Also as CSV at GET /reports/portfolio.csv.',
  })
  portfolioReport(@CurrentActor() actor: Actor): Promise<PortfolioRow[]> {
    return this.reports.portfolio(actor);
  }

  @Allow(Action.ReadReport, Subject.Organization) // its members (SQL)
  @ReportAccess()
  @Query(() => OrganizationReport, {
    description:
      'What an organization gave, received and saw, per collaboration. Also as CSV at GET /reports/organizations/{id}.csv.',
  })
  organizationReport(
    @CurrentActor() actor: Actor,
    @IdArg('organizationId') organizationId: string,
  ): Promise<OrganizationReport> {
    return this.reports.organizationReport(actor, organizationId);
  }
}
