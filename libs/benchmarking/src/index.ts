export * from './lib/benchmark.enums';
export * from './lib/benchmark-statistics';
export * from './lib/differencing';
export * from './lib/benchmarking.entities';
export * from './lib/benchmarking.module';
export * from './lib/benchmarking.service';
export * from './lib/differential-privacy';
export * from './lib/random-source';
