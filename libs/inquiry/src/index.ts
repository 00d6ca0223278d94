export * from './lib/inquiry.entities';
export * from './lib/inquiry.module';
export * from './lib/inquiry.service';
