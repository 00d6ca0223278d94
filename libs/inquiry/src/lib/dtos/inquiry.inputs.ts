import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IdInput, LIMITS, PageArgs, Trim } from '@alianza/api-core';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { QuestionStatus } from '../entities/question.entity';

/** Limits of the texts of a question and its answer. */
export const INQUIRY_LIMITS = {
  subject: LIMITS.name,
  text: LIMITS.longText,
} as const;

@ArgsType()
export class QuestionsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => QuestionStatus, { description: 'Only questions with this status.', nullable: true })
  @IsOptional()
  @IsEnum(QuestionStatus)
  status?: QuestionStatus;
}

@ArgsType()
export class PublishedAnswersArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;
}

@InputType({ description: 'A question to the facilitator.' })
export class AskQuestionInput {
  @Field(() => String, { nullable: true, description: 'Optional subject line.' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(INQUIRY_LIMITS.subject)
  subject?: string | null;

  @Field({ description: 'Only the facilitator reads it.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INQUIRY_LIMITS.text)
  body!: string;

  @IdInput('organizationId', {
    nullable: true,
    description: 'Which of your organizations asks; defaults to yours in this collaboration.',
  })
  organizationId?: string;
}

@InputType({ description: "The facilitator's answer to a question." })
export class AnswerQuestionInput {
  @Field({ description: 'Read by the asking organization only.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INQUIRY_LIMITS.text)
  answer!: string;
}

@InputType({
  description:
    'A question and its answer, reworded so they name no one, to publish to all participants.',
})
export class PublishQuestionInput {
  @Field({
    description:
      'The question as every participant will read it: remove what identifies the asker.',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INQUIRY_LIMITS.text)
  question!: string;

  @Field({ description: 'The answer as every participant will read it.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(INQUIRY_LIMITS.text)
  answer!: string;
}
