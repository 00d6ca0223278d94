export * from './lib/entities/search-shared-text.entity';
export * from './lib/search.module';
export * from './lib/search.service';
export * from './lib/search-text';
