import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditService } from '@alianza/audit';
import { Actor, applyAbility, canOn, findAllowed, requireViewer } from '@alianza/authz';
import {
  CollaborationService,
  lockOpenCollaboration,
  lockRowInOpenCollaboration,
  ParticipationService,
} from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, NotificationKind, repeatsPrivateText, Subject } from '@alianza/shared';
import { createHash } from 'node:crypto';
import { In, SelectQueryBuilder } from 'typeorm';
import { PublishedAnswerEntity } from './entities/published-answer.entity';
import { QuestionEntity, QuestionStatus } from './entities/question.entity';

/** A question with its anonymised publication (while published), as its readers see it. */
export interface QuestionView {
  question: QuestionEntity;
  publication: PublishedAnswerEntity | null;
}

export interface AskInput {
  subject?: string | null;
  body: string;
  /** Which of the caller's organizations asks; defaults to its active one in the collaboration. */
  organizationId?: string;
}

export interface PublishInput {
  question: string;
  answer: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A short quote for a notification title: the subject, or the start of the text. */
export function titleQuote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/"/g, "'");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Private questions to the facilitator and their anonymised publication. A question is read
 * (in SQL) only by the facilitator and the asking organization; the facilitator answers in
 * private and may publish a version it rewrote, which carries no trace of the asker: its own
 * table, no link back, the same notification for every active participant.
 */
@Injectable()
export class InquiryService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
  ) {}

  /** A member of an active participant asks the collaboration's facilitator in private. */
  async ask(actor: Actor, collaborationId: string, input: AskInput): Promise<QuestionView> {
    const viewer = requireViewer(actor);
    const asker = await this.collaborations.actingOrganizationFor(
      actor,
      collaborationId,
      {
        action: Action.Create,
        subject: Subject.Question,
        owner: 'askerOrganizationId',
        named: input.organizationId,
      },
      'Only members of an active participant ask the facilitator.',
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const repo = this.db.repo(QuestionEntity);
    const question = await repo.save(
      repo.create({
        collaborationId,
        askerOrganizationId: asker,
        askerUserId: viewer.userId,
        subject: input.subject ? input.subject : null,
        body: input.body,
        status: QuestionStatus.OPEN,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        publishedAnswerId: null,
      }),
    );
    await this.record(actor, question, 'inquiry.asked', { questionSha256: sha256(question.body) });
    await this.notifications.notifyFacilitators({
      collaborationId,
      kind: NotificationKind.INQUIRY_ASKED,
      title: `New private question: "${titleQuote(question.subject ?? question.body)}"`,
      subject: titleQuote(question.subject ?? question.body),
      payload: { questionId: question.id },
    });
    return this.get(actor, question.id);
  }

  /**
   * The facilitator answers in private (the asking organization reads it). The answer may be
   * changed until it is published; once published it is frozen until the publication is withdrawn.
   */
  async answer(actor: Actor, questionId: string, answer: string): Promise<QuestionView> {
    const viewer = requireViewer(actor);
    const question = await this.lockForAnswer(actor, questionId);
    if (question.status === QuestionStatus.PUBLISHED) {
      throw AppError.invalidTransition(
        'This question is published: withdraw the publication before changing the answer.',
        { status: question.status },
      );
    }
    const edited = question.status === QuestionStatus.ANSWERED;
    await this.db.repo(QuestionEntity).update(
      { id: question.id },
      {
        answer,
        answeredBy: viewer.userId,
        answeredAt: new Date(),
        status: QuestionStatus.ANSWERED,
      },
    );
    await this.record(actor, question, 'inquiry.answered', {
      answerSha256: sha256(answer),
      edited,
    });
    await this.notifications.notifyOrganizations([question.askerOrganizationId], {
      collaborationId: question.collaborationId,
      kind: NotificationKind.INQUIRY_ANSWERED,
      title: `The facilitator answered your question: "${titleQuote(question.subject ?? question.body)}"`,
      subject: titleQuote(question.subject ?? question.body),
      payload: { questionId: question.id },
    });
    return this.get(actor, question.id);
  }

  /**
   * Publishes the facilitator's anonymised version of an answered question to every active
   * participant. The published row and its notification carry only the texts given here.
   */
  async publish(actor: Actor, questionId: string, input: PublishInput): Promise<QuestionView> {
    const viewer = requireViewer(actor);
    const question = await this.lockForAnswer(actor, questionId);
    if (
      !canOn(actor, Action.Create, Subject.PublishedAnswer, {
        collaborationId: question.collaborationId,
      })
    ) {
      throw AppError.forbidden('Only the facilitator publishes answers.');
    }
    if (question.status === QuestionStatus.OPEN) {
      throw AppError.invalidTransition('Answer the question before publishing it.', {
        status: question.status,
      });
    }
    if (question.status === QuestionStatus.PUBLISHED) {
      throw AppError.invalidTransition(
        'This question is already published: withdraw the publication to publish another version.',
        { status: question.status },
      );
    }
    // What everyone reads is rewritten, never the asker's own words copied over.
    if (repeatsPrivateText(input.question, question)) {
      throw AppError.badInput(
        'The published question repeats the private one word for word: rewrite it so that nothing in it points to whoever asked.',
        { field: 'input.question', rule: 'repeatsPrivate' },
      );
    }
    const repo = this.db.repo(PublishedAnswerEntity);
    const published = await repo.save(
      repo.create({
        collaborationId: question.collaborationId,
        question: input.question,
        answer: input.answer,
        publishedBy: viewer.userId,
        publishedAt: new Date(),
      }),
    );
    await this.db
      .repo(QuestionEntity)
      .update(
        { id: question.id },
        { status: QuestionStatus.PUBLISHED, publishedAnswerId: published.id },
      );
    // Read by the facilitator and the asking organization only, like the question itself.
    await this.record(actor, question, 'inquiry.published', {
      publishedAnswerId: published.id,
      questionSha256: sha256(published.question),
      answerSha256: sha256(published.answer),
    });
    const active = await this.participations.activeIn(question.collaborationId);
    // The same notice for every active participant, the asker's included: nothing tells it apart.
    await this.notifications.notifyOrganizations(
      active.map((p) => p.organizationId),
      {
        collaborationId: question.collaborationId,
        kind: NotificationKind.INQUIRY_PUBLISHED,
        title: `New answer for everyone: "${titleQuote(published.question)}"`,
        subject: titleQuote(published.question),
        payload: { publishedAnswerId: published.id },
      },
    );
    return this.get(actor, question.id);
  }

  /** Withdraws the publication: the participants no longer see it; the answer stays private. */
  async unpublish(actor: Actor, questionId: string): Promise<QuestionView> {
    const question = await this.lockForAnswer(actor, questionId);
    if (question.status !== QuestionStatus.PUBLISHED || !question.publishedAnswerId) {
      throw AppError.invalidTransition('This question is not published.', {
        status: question.status,
      });
    }
    const publication = await findAllowed(
      this.db.manager,
      PublishedAnswerEntity,
      Subject.PublishedAnswer,
      actor,
      Action.Delete,
      question.publishedAnswerId,
      { label: 'Published answer', lock: true },
    );
    await this.db
      .repo(QuestionEntity)
      .update({ id: question.id }, { status: QuestionStatus.ANSWERED, publishedAnswerId: null });
    await this.db.repo(PublishedAnswerEntity).delete({ id: publication.id });
    await this.record(actor, question, 'inquiry.withdrawn', { publishedAnswerId: publication.id });
    return this.get(actor, question.id);
  }

  /** The questions the actor may read in a collaboration, newest first. */
  async list(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    status?: QuestionStatus,
  ): Promise<PageResult<QuestionView>> {
    const qb = this.readable(actor).andWhere('q.collaboration_id = :collaborationId', {
      collaborationId,
    });
    if (status) qb.andWhere('q.status = :status', { status });
    const result = await paginate(qb, page, ['createdAt', 'id'], 'DESC');
    return { ...result, nodes: await this.withPublications(result.nodes) };
  }

  /** One question: NOT_FOUND unless the actor facilitates its collaboration or asked it. */
  async get(actor: Actor, questionId: string): Promise<QuestionView> {
    const question = await this.readable(actor)
      .andWhere('q.id = :questionId', { questionId })
      .getOne();
    if (!question) throw AppError.notFound('Question');
    const [view] = await this.withPublications([question]);
    return view ?? { question, publication: null };
  }

  /** The anonymised questions and answers of a collaboration, newest first. */
  publications(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<PublishedAnswerEntity>> {
    const qb = this.db
      .repo(PublishedAnswerEntity)
      .createQueryBuilder('p')
      .where('p.collaboration_id = :collaborationId', { collaborationId });
    applyAbility(qb, actor.ability, Action.Read, Subject.PublishedAnswer);
    return paginate(qb, page, ['publishedAt', 'id'], 'DESC');
  }

  private readable(actor: Actor): SelectQueryBuilder<QuestionEntity> {
    const qb = this.db
      .repo(QuestionEntity)
      .createQueryBuilder('q')
      .leftJoin('q.askerOrganization', 'o')
      .addSelect(['o.id', 'o.name'])
      .leftJoin('q.asker', 'u')
      .addSelect(['u.id', 'u.displayName']);
    return applyAbility(qb, actor.ability, Action.Read, Subject.Question);
  }

  /** Adds each question's publication; readable because the question itself was. */
  private async withPublications(questions: QuestionEntity[]): Promise<QuestionView[]> {
    const ids = questions.flatMap((q) => (q.publishedAnswerId ? [q.publishedAnswerId] : []));
    const publications = ids.length
      ? await this.db.repo(PublishedAnswerEntity).find({ where: { id: In(ids) } })
      : [];
    const byId = new Map(publications.map((p) => [p.id, p]));
    return questions.map((question) => ({
      question,
      publication: question.publishedAnswerId
        ? (byId.get(question.publishedAnswerId) ?? null)
        : null,
    }));
  }

  /** The question, row-locked, for the facilitator's moves; refused once the collaboration closed. */
  private async lockForAnswer(actor: Actor, questionId: string): Promise<QuestionEntity> {
    return lockRowInOpenCollaboration(
      this.db,
      QuestionEntity,
      Subject.Question,
      actor,
      Action.Answer,
      questionId,
      'Question',
    );
  }

  private record(
    actor: Actor,
    question: QuestionEntity,
    action: AuditEntry['action'],
    payload: Record<string, unknown>,
  ) {
    // `organizationId` is the asker: the audit rules let that organization (and the
    // facilitator) read these records, and no other participant.
    return this.audit.append(question.collaborationId, [
      {
        action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'Question',
        subjectId: question.id,
        organizationId: question.askerOrganizationId,
        payload,
      },
    ]);
  }
}
