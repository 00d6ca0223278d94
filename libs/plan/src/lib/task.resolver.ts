import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DeprecatedArg, IdArg, oneOf, requiredInstead } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import {
  ProposalDecisionInput,
  TaskInput,
  TaskStatusInput,
  UpdateTaskInput,
} from './dtos/plan.inputs';
import { PlanRemovalType, TaskType } from './dtos/plan.types';
import { taskView } from './plan-views';
import { ProposalService } from './proposal.service';
import { TaskService } from './task.service';

@Resolver(() => TaskType)
export class TaskResolver {
  constructor(
    private readonly taskService: TaskService,
    private readonly proposalService: ProposalService,
  ) {}

  @Allow(Action.Propose, Subject.Task) // the facilitator adds; an active participant proposes
  @Mutation(() => TaskType, {
    description: 'Add a task (facilitator) or propose one (participant).',
  })
  async createTask(
    @CurrentActor() actor: Actor,
    @IdArg('milestoneId') milestoneId: string,
    @Args('input', { description: 'The new task.' }) input: TaskInput,
  ): Promise<TaskType> {
    return taskView(await this.taskService.createTask(actor, milestoneId, input));
  }

  @Allow(Action.Decide, Subject.Task)
  @Mutation(() => TaskType, { description: 'Accept or decline a proposed task (facilitator).' })
  async decideTaskProposal(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('input', {
      description: requiredInstead('The decision.', 'accept'),
      type: () => ProposalDecisionInput,
      nullable: true,
    })
    input: ProposalDecisionInput | undefined,
    @DeprecatedArg('accept', 'input.accept', () => Boolean) accept: boolean | undefined,
  ): Promise<TaskType> {
    const decision = oneOf({ input: input?.accept, accept }, 'input');
    return taskView(await this.proposalService.decideTask(actor, taskId, decision));
  }

  @Allow(Action.Update, Subject.Task)
  @Mutation(() => TaskType, {
    description: 'Move a task along (its responsible organization, or the facilitator).',
  })
  async setTaskStatus(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('input', { description: 'The new status.' }) input: TaskStatusInput,
  ): Promise<TaskType> {
    return taskView(
      await this.taskService.setTaskStatus(actor, taskId, input.status, input.blockedReason),
    );
  }

  @Allow(Action.Edit, Subject.Task)
  @Mutation(() => TaskType, {
    description:
      'Change what a task says: title, description, responsible, due date (facilitator).',
  })
  async updateTask(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('input', { description: 'The changes.' }) input: UpdateTaskInput,
  ): Promise<TaskType> {
    return taskView(await this.taskService.updateTask(actor, taskId, input));
  }

  @Allow(Action.Delete, Subject.Task)
  @Mutation(() => PlanRemovalType, {
    description:
      'Remove a task (facilitator): deleted, or archived when progress or ledger entries name it.',
  })
  async removeTask(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
  ): Promise<PlanRemovalType> {
    return { id: taskId, outcome: await this.taskService.removeTask(actor, taskId) };
  }
}
