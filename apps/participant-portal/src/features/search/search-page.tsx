import { SearchPage } from '@alianza/ui';
import { portalSearchLink } from './search-links';

/** The results of the shell's search box. */
export function PortalSearchPage() {
  return <SearchPage linkTo={portalSearchLink} />;
}
