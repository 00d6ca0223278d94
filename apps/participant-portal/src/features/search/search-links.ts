import { searchLinks } from '@alianza/ui';

/** Where a search hit opens in the portal: the screen that shows it, in its collaboration. */
export const portalSearchLink = searchLinks({
  ITEM: 'items',
  SHARED_ITEM: 'shared',
  // Publications are read on the collaboration's start page (with its rules).
  PUBLICATION: '',
  QUESTION: 'questions',
  PUBLISHED_ANSWER: 'questions',
  OBJECTIVE: 'plan',
  MILESTONE: 'plan',
  TASK: 'plan',
  AUDIT_RECORD: null,
});
