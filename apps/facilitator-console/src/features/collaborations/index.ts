export * from './collaborations-page';
export * from './messages';
export { NeedsSummary } from './needs-summary';
export { useCollaborationNeeds } from './use-collaboration-needs';
export { NEED_KEYS, NEED_PATHS, type CollaborationNeeds, type NeedKey } from './needs';
