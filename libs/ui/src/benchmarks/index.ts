export * from './band-scale';
export * from './band-chart';
export * from './noisy-figures-table';
