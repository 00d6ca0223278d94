import { SearchPage } from '@alianza/ui';
import { consoleSearchLink } from './search-links';

/** The results of the shell's search box. */
export function ConsoleSearchPage() {
  return <SearchPage linkTo={consoleSearchLink} facilitator />;
}
