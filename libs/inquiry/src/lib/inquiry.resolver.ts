import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, mapPage, oneOf, Page, RenamedIdArg } from '@alianza/api-core';
import { Actor, Allow, Authenticated, CurrentActor } from '@alianza/authz';
import { Action, Subject } from '@alianza/shared';
import { InquiryService } from './inquiry.service';
import {
  AnswerQuestionInput,
  AskQuestionInput,
  PublishedAnswersArgs,
  PublishQuestionInput,
  QuestionsArgs,
} from './dtos/inquiry.inputs';
import {
  PublishedAnswerConnection,
  PublishedAnswerType,
  QuestionConnection,
  QuestionType,
} from './dtos/inquiry.types';

@Resolver(() => QuestionType)
export class InquiryResolver {
  constructor(private readonly inquiryService: InquiryService) {}

  @Authenticated() // the facilitator reads all; a participant its own organization's; others nothing
  @Query(() => QuestionConnection, {
    description: 'Private questions to the facilitator, newest first.',
  })
  async questions(
    @CurrentActor() actor: Actor,
    @Args() args: QuestionsArgs,
  ): Promise<Page<QuestionType>> {
    return mapPage(
      await this.inquiryService.list(actor, args.collaborationId, args, args.status),
      QuestionType.from,
    );
  }

  @Authenticated() // NOT_FOUND unless the caller facilitates the collaboration or its organization asked
  @Query(() => QuestionType, {
    description: 'One question: for the facilitator and the organization that asked.',
  })
  async question(
    @CurrentActor() actor: Actor,
    @IdArg('id', 'The id of the question.') id: string,
  ): Promise<QuestionType> {
    return QuestionType.from(await this.inquiryService.get(actor, id));
  }

  @Authenticated() // the facilitator and the active participants of the collaboration
  @Query(() => PublishedAnswerConnection, {
    description: 'The anonymised questions and answers published to every participant.',
  })
  async publishedAnswers(
    @CurrentActor() actor: Actor,
    @Args() args: PublishedAnswersArgs,
  ): Promise<Page<PublishedAnswerType>> {
    return mapPage(
      await this.inquiryService.publications(actor, args.collaborationId, args),
      PublishedAnswerType.from,
    );
  }

  @Allow(Action.Create, Subject.Question)
  @Mutation(() => QuestionType, {
    description: 'Ask the facilitator in private: no other participant sees the question.',
  })
  async askQuestion(
    @CurrentActor() actor: Actor,
    @IdArg('collaborationId') collaborationId: string,
    @Args('input', { description: 'The question.' }) input: AskQuestionInput,
  ): Promise<QuestionType> {
    return QuestionType.from(await this.inquiryService.ask(actor, collaborationId, input));
  }

  @Allow(Action.Answer, Subject.Question)
  @Mutation(() => QuestionType, {
    description: 'Answer (or change the answer) in private, until it is published (facilitator).',
  })
  async answerQuestion(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('questionId') questionId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'questionId' })
    id: string | undefined,
    @Args('input', { description: 'The answer.' }) input: AnswerQuestionInput,
  ): Promise<QuestionType> {
    return QuestionType.from(
      await this.inquiryService.answer(
        actor,
        oneOf({ questionId, id }, 'questionId'),
        input.answer,
      ),
    );
  }

  @Allow(Action.Create, Subject.PublishedAnswer)
  @Mutation(() => QuestionType, {
    description:
      'Publish an anonymised version of an answered question to every active participant (facilitator).',
  })
  async publishQuestion(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('questionId') questionId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'questionId' })
    id: string | undefined,
    @Args('input', { description: 'The texts to publish.' }) input: PublishQuestionInput,
  ): Promise<QuestionType> {
    return QuestionType.from(
      await this.inquiryService.publish(actor, oneOf({ questionId, id }, 'questionId'), input),
    );
  }

  @Allow(Action.Delete, Subject.PublishedAnswer)
  @Mutation(() => QuestionType, {
    description: 'Withdraw the published version; the private answer stays (facilitator).',
  })
  async unpublishQuestion(
    @CurrentActor() actor: Actor,
    @RenamedIdArg('questionId') questionId: string | undefined,
    @RenamedIdArg('id', { deprecated: 'questionId' })
    id: string | undefined,
  ): Promise<QuestionType> {
    return QuestionType.from(
      await this.inquiryService.unpublish(actor, oneOf({ questionId, id }, 'questionId')),
    );
  }
}
