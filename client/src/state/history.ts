// The one place that writes the address bar. Store updates are debounced (typing in a filter or dragging
// through layouts should not flood the history), then written with pushState when the researcher moved
// somewhere (see isNavigation) and replaceState otherwise. Back/Forward decode the URL into the store.
import { decodeUrlState, encodeUrlState, isNavigation, pickUrlState, type UrlState } from './url-state.ts';
import type { AppState, Store, UpdateSource } from './store.ts';

export interface HistoryPort {
  readonly location: { search: string; pathname: string; hash: string };
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
}

export interface HistoryGateway {
  /** Give to createStore: called on every store change. */
  onStateChange(state: AppState, source: UpdateSource): void;
  /** Start listening to Back/Forward (after the store exists). */
  connect(store: Store, fallback: () => Partial<UrlState>): void;
  /** Write any pending change now (tests, before unload). */
  flush(): void;
}

export function createHistoryGateway(port: HistoryPort, delayMs = 250): HistoryGateway {
  let written: UrlState = decodeUrlState(port.location.search);
  let pending: UrlState | null = null;
  // A change the app makes on its own at start (an old link's article read in the selected regulation) corrects
  // the current entry instead of adding one that Back would return to.
  let replacing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const next = pending;
    const replace = replacing;
    pending = null;
    replacing = false;
    const search = encodeUrlState(next);
    const url = `${port.location.pathname}${search ? `?${search}` : ''}${port.location.hash}`;
    if (`?${search}` === port.location.search || (search === '' && port.location.search === '')) {
      written = next;
      return;
    }
    if (!replace && isNavigation(written, next)) port.history.pushState(null, '', url);
    else port.history.replaceState(null, '', url);
    written = next;
  };

  return {
    onStateChange(state, source) {
      const url = pickUrlState(state);
      if (source === 'history') {
        written = url;
        return;
      }
      if (encodeUrlState(url) === encodeUrlState(pending ?? written)) return;
      if (source === 'init' && pending === null) replacing = true;
      pending = url;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    connect(store, fallback) {
      port.addEventListener('popstate', () => {
        pending = null;
        store.update(decodeUrlState(port.location.search, fallback()), { source: 'history' });
      });
    },
    flush,
  };
}
