export * from './lib/closing.entities';
export * from './lib/closing.module';
export * from './lib/closing.service';
export * from './lib/final-statement-content';
