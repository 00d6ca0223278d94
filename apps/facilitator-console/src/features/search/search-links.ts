import { searchLinks } from '@alianza/ui';

/** Where a search hit opens in the console: the screen that shows it, in its collaboration. */
export const consoleSearchLink = searchLinks({
  // A participant's item: where the facilitator meets it, the queue of its requests.
  ITEM: 'queue',
  SHARED_ITEM: 'grants',
  PUBLICATION: 'publications',
  QUESTION: 'questions',
  PUBLISHED_ANSWER: 'questions',
  OBJECTIVE: 'plan',
  MILESTONE: 'plan',
  TASK: 'plan',
  AUDIT_RECORD: 'audit',
});
