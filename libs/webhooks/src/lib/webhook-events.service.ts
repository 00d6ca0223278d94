import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConsumesEvent } from '@alianza/api-core';
import { ParticipationAccepted } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { DisclosureApproved, DisclosureRequested, GrantsRevoked } from '@alianza/disclosure';
import { LedgerEntriesConfirmed } from '@alianza/ledger';
import { WEB_APP_BASE } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import { WebhookEventKind } from './webhook.enums';
import { WebhookSender } from './webhook-sender';

/** The body of a delivery: ids, kinds and links only, never content (ADR 0049). */
export interface WebhookPayload {
  /** The event's id (also `Alianza-Event-Id`). */
  id: string;
  kind: WebhookEventKind;
  occurredAt: string;
  collaborationId: string;
  subject: { type: string; id: string };
  data: Record<string, string | string[]>;
  links: Record<string, string>;
}

/** Who may receive one payload: the collaboration's facilitators and/or some organizations. */
interface Audience {
  facilitators: boolean;
  organizationIds: string[];
}

/** One event as its audiences see it: each audience its own data and links. */
interface WebhookEvent {
  kind: WebhookEventKind;
  collaborationId: string;
  subject: WebhookPayload['subject'];
  /**
   * What orders deliveries (ADR 0049: per endpoint and this key); the subject's id unless an
   * event must wait for an earlier one about another subject (a revoked grant after its
   * request's approval).
   */
  orderKey?: string;
  audiences: { audience: Audience; data: WebhookPayload['data']; links: WebhookPayload['links'] }[];
}

/**
 * Turns domain events into deliveries, in the emitting transaction (the outbox: they go out only
 * if it commits). Each audience gets the payload it may see: an organization only the ids it
 * already reads through the API (its own grants, its own participation, the ledger entries it
 * gives or receives); the facilitators everything about their collaboration.
 */
@Injectable()
export class WebhookEventsService {
  constructor(
    private readonly db: Db,
    private readonly sender: WebhookSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** To the facilitators only: a request waits for them (or was approved at once right after). */
  @ConsumesEvent(DisclosureRequested)
  async onDisclosureRequested({ request }: DisclosureRequested): Promise<void> {
    await this.emit({
      kind: WebhookEventKind.DISCLOSURE_REQUESTED,
      collaborationId: request.collaborationId,
      subject: { type: 'disclosure_request', id: request.id },
      audiences: [
        {
          audience: { facilitators: true, organizationIds: [] },
          data: {
            requestId: request.id,
            itemId: request.itemId,
            ownerOrganizationId: request.ownerOrganizationId,
            recipientOrganizationIds: request.recipientOrganizationIds,
          },
          links: { console: this.link('console', request.collaborationId, 'queue') },
        },
      ],
    });
  }

  /**
   * The facilitators and the owning organization: the request and all its grants; a recipient
   * organization: its own grants only.
   */
  @ConsumesEvent(DisclosureApproved)
  async onDisclosureApproved({ request, grants }: DisclosureApproved): Promise<void> {
    const collaborationId = request.collaborationId;
    const byRecipient = new Map<string, string[]>();
    for (const grant of grants) {
      if (grant.recipientOrganizationId === request.ownerOrganizationId) continue;
      const list = byRecipient.get(grant.recipientOrganizationId) ?? [];
      list.push(grant.id);
      byRecipient.set(grant.recipientOrganizationId, list);
    }
    await this.emit({
      kind: WebhookEventKind.DISCLOSURE_APPROVED,
      collaborationId,
      subject: { type: 'disclosure_request', id: request.id },
      audiences: [
        {
          audience: { facilitators: true, organizationIds: [request.ownerOrganizationId] },
          data: {
            requestId: request.id,
            itemId: request.itemId,
            ownerOrganizationId: request.ownerOrganizationId,
            grantIds: grants.map((g) => g.id),
          },
          links: {
            console: this.link('console', collaborationId, 'queue'),
            portal: this.link('portal', collaborationId, 'items'),
          },
        },
        ...[...byRecipient].map(([organizationId, grantIds]) => ({
          audience: { facilitators: false, organizationIds: [organizationId] },
          data: { recipientOrganizationId: organizationId, grantIds },
          links: { shared: this.link('portal', collaborationId, 'shared') },
        })),
      ],
    });
  }

  /**
   * One event per grant. The facilitators and the owner: the grant, its request and both
   * organizations; the recipient: its own grant only. Ordered after the request's approval.
   */
  @ConsumesEvent(GrantsRevoked)
  async onGrantsRevoked({ grants }: GrantsRevoked): Promise<void> {
    await this.emit(
      ...grants.map((grant): WebhookEvent => {
        const collaborationId = grant.collaborationId;
        return {
          kind: WebhookEventKind.GRANT_REVOKED,
          collaborationId,
          subject: { type: 'grant', id: grant.id },
          orderKey: grant.requestId,
          audiences: [
            {
              audience: { facilitators: true, organizationIds: [grant.ownerOrganizationId] },
              data: {
                grantId: grant.id,
                requestId: grant.requestId,
                itemId: grant.itemId,
                ownerOrganizationId: grant.ownerOrganizationId,
                recipientOrganizationId: grant.recipientOrganizationId,
              },
              links: {
                console: this.link('console', collaborationId, 'grants'),
                portal: this.link('portal', collaborationId, 'items'),
              },
            },
            ...(grant.recipientOrganizationId === grant.ownerOrganizationId
              ? []
              : [
                  {
                    audience: {
                      facilitators: false,
                      organizationIds: [grant.recipientOrganizationId],
                    },
                    data: {
                      grantId: grant.id,
                      recipientOrganizationId: grant.recipientOrganizationId,
                    },
                    links: { shared: this.link('portal', collaborationId, 'shared') },
                  },
                ]),
          ],
        };
      }),
    );
  }

  /** One event per entry, to the facilitators, the giver and the receiver (each reads the ledger). */
  @ConsumesEvent(LedgerEntriesConfirmed)
  async onLedgerEntriesConfirmed({ entries }: LedgerEntriesConfirmed): Promise<void> {
    await this.emit(
      ...entries.map((entry): WebhookEvent => {
        const collaborationId = entry.collaborationId;
        const organizationIds = [entry.giverOrganizationId];
        if (entry.receiverOrganizationId) organizationIds.push(entry.receiverOrganizationId);
        return {
          kind: WebhookEventKind.LEDGER_ENTRY_CONFIRMED,
          collaborationId,
          subject: { type: 'ledger_entry', id: entry.id },
          audiences: [
            {
              audience: { facilitators: true, organizationIds },
              data: {
                entryId: entry.id,
                giverOrganizationId: entry.giverOrganizationId,
                ...(entry.receiverOrganizationId
                  ? { receiverOrganizationId: entry.receiverOrganizationId }
                  : {}),
                ...(entry.grantId ? { grantId: entry.grantId } : {}),
              },
              links: {
                console: this.link('console', collaborationId, 'ledger'),
                portal: this.link('portal', collaborationId, 'ledger'),
              },
            },
          ],
        };
      }),
    );
  }

  /** To the facilitators and the organization that joined. */
  @ConsumesEvent(ParticipationAccepted)
  async onParticipationAccepted({ participation }: ParticipationAccepted): Promise<void> {
    const collaborationId = participation.collaborationId;
    await this.emit({
      kind: WebhookEventKind.PARTICIPATION_ACCEPTED,
      collaborationId,
      subject: { type: 'participation', id: participation.id },
      audiences: [
        {
          audience: { facilitators: true, organizationIds: [participation.organizationId] },
          data: { participationId: participation.id, organizationId: participation.organizationId },
          links: {
            console: this.link('console', collaborationId, 'participants'),
            portal: this.link('portal', collaborationId, ''),
          },
        },
      ],
    });
  }

  /**
   * Writes one delivery per subscribed endpoint of each audience of each event, in their order,
   * in one statement (as many statements per operation whatever the number of grants, entries or
   * recipients); nudges the sender once the transaction commits.
   */
  private async emit(...events: WebhookEvent[]): Promise<void> {
    const occurredAt = new Date().toISOString();
    const rows = events.flatMap((event) => {
      const eventId = randomUUID();
      return event.audiences.map(({ audience, data, links }) => {
        const payload: WebhookPayload = {
          id: eventId,
          kind: event.kind,
          occurredAt,
          collaborationId: event.collaborationId,
          subject: event.subject,
          data,
          links,
        };
        return {
          eventId,
          collaborationId: event.collaborationId,
          kind: event.kind,
          orderKey: event.orderKey ?? event.subject.id,
          facilitators: audience.facilitators,
          organizations: audience.organizationIds,
          payload: JSON.stringify(payload),
        };
      });
    });
    if (rows.length === 0) return;
    const [row] = await this.db.query<{ added: number }>(
      `SELECT COALESCE(sum(alianza_rls.enqueue_webhook_event(a."eventId", a."collaborationId",
                a.kind, a."orderKey", a.facilitators, a.organizations, a.payload)), 0)::int AS added
         FROM jsonb_to_recordset(CAST(:rows AS jsonb))
              AS a("eventId" uuid, "collaborationId" uuid, kind text, "orderKey" uuid,
                   facilitators boolean, organizations uuid[], payload text)`,
      { rows: JSON.stringify(rows) },
    );
    if ((row?.added ?? 0) > 0) this.sender.nudgeAfterCommit();
  }

  private link(app: 'console' | 'portal', collaborationId: string, screen: string): string {
    const path = `${WEB_APP_BASE[app]}/c/${collaborationId}`;
    return `${this.config.mail.publicUrl}${screen ? `${path}/${screen}` : path}`;
  }
}
