export { ApiTokensMenuItem, API_TOKENS_PATH } from './api-tokens-menu-item';
export { ApiTokensPanel, type ApiTokenExamples, type NewApiToken } from './api-tokens-panel';
export {
  persistedQueryBody,
  persistedQueryProblem,
  type PersistedQueryProblem,
  type PersistedQueryView,
} from './persisted-queries';
export { apiTokensMessages } from './messages';
export {
  tokenState,
  dayAfter,
  expiryInstant,
  DEFAULT_TOKEN_DAYS,
  MAX_TOKEN_DAYS,
  type ApiTokenState,
  type ApiTokenView,
} from './token-state';
