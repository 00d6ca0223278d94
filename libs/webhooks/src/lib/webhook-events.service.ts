import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConsumesEvent } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { DisclosureApproved } from '@alianza/disclosure';
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

/**
 * Turns domain events into deliveries, in the emitting transaction (the outbox: they go out only
 * if it commits). Each audience gets the payload it may see: the facilitators and the owning
 * organization the request and all its grants; a recipient organization only its own grants.
 */
@Injectable()
export class WebhookEventsService {
  constructor(
    private readonly db: Db,
    private readonly sender: WebhookSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ConsumesEvent(DisclosureApproved)
  async onDisclosureApproved({ request, grants }: DisclosureApproved): Promise<void> {
    const eventId = randomUUID();
    const occurredAt = new Date().toISOString();
    const base = this.config.mail.publicUrl;
    const collaborationId = request.collaborationId;
    const of = (data: WebhookPayload['data'], links: WebhookPayload['links']): WebhookPayload => ({
      id: eventId,
      kind: WebhookEventKind.DISCLOSURE_APPROVED,
      occurredAt,
      collaborationId,
      subject: { type: 'disclosure_request', id: request.id },
      data,
      links,
    });
    let added = await this.enqueue(
      eventId,
      collaborationId,
      request.id,
      { facilitators: true, organizationIds: [request.ownerOrganizationId] },
      of(
        {
          requestId: request.id,
          itemId: request.itemId,
          ownerOrganizationId: request.ownerOrganizationId,
          grantIds: grants.map((g) => g.id),
        },
        {
          console: `${base}${WEB_APP_BASE.console}/c/${collaborationId}/queue`,
          portal: `${base}${WEB_APP_BASE.portal}/c/${collaborationId}/items`,
        },
      ),
    );
    const byRecipient = new Map<string, string[]>();
    for (const grant of grants) {
      if (grant.recipientOrganizationId === request.ownerOrganizationId) continue;
      const list = byRecipient.get(grant.recipientOrganizationId) ?? [];
      list.push(grant.id);
      byRecipient.set(grant.recipientOrganizationId, list);
    }
    for (const [organizationId, grantIds] of byRecipient) {
      added += await this.enqueue(
        eventId,
        collaborationId,
        request.id,
        { facilitators: false, organizationIds: [organizationId] },
        of(
          { recipientOrganizationId: organizationId, grantIds },
          { shared: `${base}${WEB_APP_BASE.portal}/c/${collaborationId}/shared` },
        ),
      );
    }
    if (added > 0) this.sender.nudgeAfterCommit();
  }

  private async enqueue(
    eventId: string,
    collaborationId: string,
    subjectId: string,
    audience: Audience,
    payload: WebhookPayload,
  ): Promise<number> {
    const [row] = await this.db.query<{ added: number }>(
      `SELECT alianza_rls.enqueue_webhook_event(:eventId, :collaborationId, :kind, :subjectId,
         :facilitators, CAST(:organizations AS uuid[]), :payload) AS added`,
      {
        eventId,
        collaborationId,
        kind: payload.kind,
        subjectId,
        facilitators: audience.facilitators,
        organizations: audience.organizationIds,
        payload: JSON.stringify(payload),
      },
    );
    return row?.added ?? 0;
  }
}
