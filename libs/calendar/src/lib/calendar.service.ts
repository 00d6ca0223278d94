import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor, facilitates, memberOrganizationsOf, requireViewer } from '@alianza/authz';
import { CollaborationService } from '@alianza/collaboration';
import { IdentityService } from '@alianza/identity';
import type { Locale } from '@alianza/mail';
import { MilestoneEntity, PlanCalendarService, TaskEntity } from '@alianza/plan';
import { WEB_APP_BASE } from '@alianza/shared';
import { calendarDocument, CalendarEvent, milestoneEvent, taskEvent } from './calendar-events';

/**
 * The plan as iCalendar documents, read as the actor may (every read filtered by its ability in
 * SQL, under its claim): the personal feed of what concerns a user, and one milestone's or
 * task's event for an "Add to calendar" download. Texts in the account's language.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly plan: PlanCalendarService,
    private readonly collaborations: CollaborationService,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The feed: the dated milestones of the collaborations the user takes part in or facilitates,
   * and the dated tasks assigned to them or to one of their organizations.
   */
  async feed(actor: Actor): Promise<string> {
    const viewer = requireViewer(actor);
    const [milestones, tasks] = await Promise.all([
      this.plan.datedMilestones(actor),
      this.plan.datedTasksOf(actor, {
        userId: viewer.userId,
        organizationIds: memberOrganizationsOf(actor),
      }),
    ]);
    return this.document(actor, milestones, tasks, true);
  }

  /** One milestone's event (NOT_FOUND where the actor may not read it). */
  async milestone(actor: Actor, id: string): Promise<string> {
    return this.document(actor, [await this.plan.milestone(actor, id)], [], false);
  }

  /** One task's event (NOT_FOUND where the actor may not read it). */
  async task(actor: Actor, id: string): Promise<string> {
    return this.document(actor, [], [await this.plan.task(actor, id)], false);
  }

  private async document(
    actor: Actor,
    milestones: MilestoneEntity[],
    tasks: TaskEntity[],
    feed: boolean,
  ): Promise<string> {
    const viewer = requireViewer(actor);
    const ids = [...new Set([...milestones, ...tasks].map((row) => row.collaborationId))];
    const [user, collaborations] = await Promise.all([
      this.identity.getUser(viewer.userId),
      this.collaborations.readable(actor, ids),
    ]);
    const locale: Locale = user.locale;
    const titleOf = (id: string) => collaborations.get(id)?.title ?? '';
    const events: CalendarEvent[] = [];
    for (const m of milestones) {
      const event = milestoneEvent(
        { ...m, collaborationTitle: titleOf(m.collaborationId), link: this.link(actor, m) },
        locale,
      );
      if (event) events.push(event);
    }
    for (const t of tasks) {
      if (!t.dueDate) continue;
      events.push(
        taskEvent(
          {
            ...t,
            dueDate: t.dueDate,
            milestoneTitle: t.milestone?.title ?? '',
            collaborationTitle: titleOf(t.collaborationId),
            link: this.link(actor, t),
          },
          locale,
        ),
      );
    }
    return calendarDocument(events, locale, { feed });
  }

  /** The plan screen of a row's collaboration: in the console for its facilitators, else the portal. */
  private link(actor: Actor, row: { collaborationId: string }): string {
    const app = facilitates(actor, row.collaborationId) ? 'console' : 'portal';
    return `${this.config.mail.publicUrl}${WEB_APP_BASE[app]}/c/${row.collaborationId}/plan`;
  }
}
