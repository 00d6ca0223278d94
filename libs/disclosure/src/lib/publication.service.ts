import { Injectable } from '@nestjs/common';
import { abilityToSql, Actor, applyAbility, canOn, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration, ParticipationService } from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, AudienceKind, Subject } from '@alianza/shared';
import { AreaService } from './area.service';
import { AuditService } from '@alianza/audit';
import { PublicationDeliveryEntity } from './entities/publication-delivery.entity';
import { PublicationEntity } from './entities/publication.entity';

@Injectable()
export class PublicationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly areas: AreaService,
    private readonly participations: ParticipationService,
  ) {}

  async publish(
    actor: Actor,
    collaborationId: string,
    input: {
      title: string;
      body: string;
      areaId?: string;
      audienceKind: AudienceKind;
      recipientOrganizationIds?: string[];
    },
  ): Promise<PublicationEntity> {
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.Create, Subject.Publication, { collaborationId })) {
      throw AppError.forbidden('Only the facilitator publishes to the participants.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Update, collaborationId);
    if (input.areaId) {
      const area = await this.areas.get(actor, input.areaId);
      if (area.collaborationId !== collaborationId) throw AppError.notFound('Area');
    }
    const active = await this.participations.activeIn(collaborationId);
    let recipients = active;
    if (input.audienceKind === AudienceKind.NAMED) {
      const named = new Set((input.recipientOrganizationIds ?? []).map((id) => id.toLowerCase()));
      recipients = active.filter((p) => named.has(p.organizationId));
      if (named.size === 0 || recipients.length !== named.size) {
        throw AppError.badInput('Name one or more active participants as recipients.', {
          field: 'recipientOrganizationIds',
        });
      }
    }
    if (recipients.length === 0)
      throw AppError.badInput('Nobody takes part yet: there is no one to publish to.');
    const publications = this.db.repo(PublicationEntity);
    const publication = await publications.save(
      publications.create({
        collaborationId,
        areaId: input.areaId ?? null,
        title: input.title,
        body: input.body,
        audienceKind: input.audienceKind,
        publishedBy: viewer.userId,
      }),
    );
    await this.db.repo(PublicationDeliveryEntity).insert(
      recipients.map((p) => ({
        collaborationId,
        publicationId: publication.id,
        recipientOrganizationId: p.organizationId,
        recipientParticipationId: p.id,
      })),
    );
    await this.audit.append(collaborationId, [
      {
        action: 'publication.published',
        actorUserId: viewer.userId,
        subjectType: 'Publication',
        subjectId: publication.id,
        payload: { title: publication.title, recipients: recipients.map((p) => p.organizationId) },
      },
    ]);
    return publication;
  }

  /**
   * Publications the actor may read: the facilitator all of a collaboration; a participant those
   * delivered to its organization while it is active.
   */
  list(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<PublicationEntity>> {
    const delivered = this.db
      .repo(PublicationDeliveryEntity)
      .createQueryBuilder('d')
      .select('d.publication_id')
      .where('d.collaboration_id = :collaborationId');
    applyAbility(delivered, actor.ability, Action.Read, Subject.PublicationDelivery);
    const metadata = this.db.manager.connection.getMetadata(PublicationEntity);
    const asFacilitator = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.Publication,
      'p',
      metadata,
    );
    const qb = this.db
      .repo(PublicationEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = :collaborationId', { collaborationId })
      .andWhere(`((${asFacilitator.sql}) OR p.id IN (${delivered.getQuery()}))`, {
        ...asFacilitator.params,
        ...delivered.getParameters(),
      });
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }
}
