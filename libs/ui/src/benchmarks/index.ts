export * from './band-scale';
export * from './band-chart';
