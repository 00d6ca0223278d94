export * from './ledger-page';
export * from './messages';
export { PairHeatmap } from './pair-heatmap';
