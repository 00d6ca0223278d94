export * from './lib/entities/published-answer.entity';
export * from './lib/entities/question.entity';
export * from './lib/inquiry.module';
export * from './lib/inquiry.service';
