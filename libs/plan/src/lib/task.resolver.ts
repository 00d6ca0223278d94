import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@alianza/api-core';
import { Actor, Allow, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { TaskInput, TaskStatusInput } from './dtos/plan.inputs';
import { TaskType } from './dtos/plan.types';
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
    @Args('input') input: TaskInput,
  ): Promise<TaskType> {
    return taskView(await this.taskService.createTask(actor, milestoneId, input));
  }

  @Allow(Action.Decide, Subject.Task)
  @Mutation(() => TaskType, { description: 'Accept or decline a proposed task (facilitator).' })
  async decideTaskProposal(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('accept') accept: boolean,
  ): Promise<TaskType> {
    return taskView(await this.proposalService.decideTask(actor, taskId, accept));
  }

  @Allow(Action.Update, Subject.Task)
  @Mutation(() => TaskType, {
    description: 'Move a task along (its responsible organization, or the facilitator).',
  })
  async setTaskStatus(
    @CurrentActor() actor: Actor,
    @IdArg('taskId') taskId: string,
    @Args('input') input: TaskStatusInput,
  ): Promise<TaskType> {
    return taskView(
      await this.taskService.setTaskStatus(actor, taskId, input.status, input.blockedReason),
    );
  }
}
