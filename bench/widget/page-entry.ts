// Runs in the benchmark page: exposes the plain fuse.js search for the widget to use.
import { plainFuseSearch } from './plain-fuse-search.js';

(window as unknown as { plainFuseSearch: typeof plainFuseSearch }).plainFuseSearch = plainFuseSearch;
