export { SearchBox, SEARCH_PATH } from './search-box';
export { SearchHitList, Highlighted, searchLinks, type SearchHitView } from './search-results';
export { SearchPage } from './search-page';
export { searchMessages } from './messages';
