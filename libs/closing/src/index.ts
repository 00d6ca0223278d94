export * from './lib/entities/evaluation.entity';
export * from './lib/entities/final-statement.entity';
export * from './lib/closing.module';
export * from './lib/closing.service';
export * from './lib/final-statement-content';
