export * from './lib/entities/plan.entities';
export * from './lib/plan.module';
export * from './lib/plan.service';
