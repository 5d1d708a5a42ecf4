// The shareable part of the app state and its URL form. Pure: encode and decode are inverse on every valid
// state (tested), decode never throws and drops what it does not understand, so an old or hand-edited link
// still opens something sensible.
import { isLang, type Lang } from '../i18n.ts';
import {
  EXPANDABLE_TYPES,
  formatClauseRef,
  isModality,
  isNodeCategory,
  parseClauseRef,
  type ClauseRef,
  type ExpandableType,
  type Modality,
  type NodeCategory,
} from '../model.ts';

export const VIEWS = ['graph', 'matrix', 'zones', 'reader'] as const;
export type ViewName = (typeof VIEWS)[number];

export const LAYOUT_NAMES = ['fcose', 'concentric', 'hierarchical'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** A responsibility-matrix cell: an actor and a modality. */
export interface MatrixCell {
  actor: string;
  modality: Modality;
}

export interface UrlState {
  lang: Lang;
  view: ViewName;
  layout: LayoutName;
  /** Selected node or edge id. */
  selected: string | null;
  /** Nodes whose neighbourhood has been added to the overview, in the order they were expanded. */
  expanded: string[];
  /** Nodes the researcher hid. */
  hidden: string[];
  /** What an expansion adds: neighbours of these types, at most this many per expanded node. */
  expandTypes: ExpandableType[];
  expandLimit: number;
  /** Legend filters: node categories and edge modalities switched off. */
  hiddenCategories: NodeCategory[];
  hiddenModalities: Modality[];
  /** Article open in the reader, and the clause highlighted in it. */
  article: number | null;
  clause: ClauseRef | null;
  cell: MatrixCell | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'zh',
  view: 'graph',
  layout: 'fcose',
  selected: null,
  expanded: [],
  hidden: [],
  expandTypes: [...EXPANDABLE_TYPES],
  expandLimit: 60,
  hiddenCategories: [],
  hiddenModalities: [],
  article: null,
  clause: null,
  cell: null,
};

/** The shareable part of a larger state object. */
export function pickUrlState(state: UrlState): UrlState {
  const picked = {} as Record<keyof UrlState, unknown>;
  for (const key of Object.keys(DEFAULT_URL_STATE) as (keyof UrlState)[]) picked[key] = state[key];
  return picked as UrlState;
}

const PARAM = {
  lang: 'lang',
  view: 'view',
  layout: 'layout',
  selected: 'sel',
  expanded: 'x',
  hidden: 'hide',
  expandTypes: 'et',
  expandLimit: 'el',
  hiddenCategories: 'hn',
  hiddenModalities: 'hm',
  article: 'art',
  clause: 'clause',
  cell: 'cell',
} as const satisfies Record<keyof UrlState, string>;

// Ids such as `actor:shanghai-renmin-zhengfu` stay readable in the address bar: `:` is legal in a query, so it is left as
// is, while `,` (the list separator) and everything else unusual is percent-encoded inside each item.
function encodeItem(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

function encodeList(values: readonly string[]): string {
  return values.map(encodeItem).join(',');
}

function decodeList(raw: string | null): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((item) => safeDecode(item))
    .filter((item): item is string => item !== null && item !== '');
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const MIN_EXPAND_LIMIT = 5;
export const MAX_EXPAND_LIMIT = 200;

/** The query string (without `?`) for a state; default values are left out so that the bare URL is the overview. */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (state.lang !== DEFAULT_URL_STATE.lang) put(PARAM.lang, state.lang);
  if (state.view !== DEFAULT_URL_STATE.view) put(PARAM.view, state.view);
  if (state.layout !== DEFAULT_URL_STATE.layout) put(PARAM.layout, state.layout);
  if (state.selected !== null) put(PARAM.selected, encodeItem(state.selected));
  if (state.expanded.length) put(PARAM.expanded, encodeList(state.expanded));
  if (state.hidden.length) put(PARAM.hidden, encodeList(state.hidden));
  if (!sameMembers(state.expandTypes, DEFAULT_URL_STATE.expandTypes)) put(PARAM.expandTypes, encodeList(state.expandTypes));
  if (state.expandLimit !== DEFAULT_URL_STATE.expandLimit) put(PARAM.expandLimit, String(state.expandLimit));
  if (state.hiddenCategories.length) put(PARAM.hiddenCategories, encodeList(state.hiddenCategories));
  if (state.hiddenModalities.length) put(PARAM.hiddenModalities, encodeList(state.hiddenModalities));
  if (state.article !== null) put(PARAM.article, String(state.article));
  if (state.clause !== null) put(PARAM.clause, formatClauseRef(state.clause));
  if (state.cell !== null) put(PARAM.cell, `${encodeItem(state.cell.actor)}~${state.cell.modality}`);
  return parts.join('&');
}

/**
 * The state a query string describes. `fallback` supplies what the URL leaves out (for the language: the one
 * remembered in localStorage).
 */
export function decodeUrlState(search: string, fallback: Partial<UrlState> = {}): UrlState {
  const base: UrlState = { ...DEFAULT_URL_STATE, ...fallback };
  const params = parseQuery(search);
  const raw = (key: string) => {
    const value = params.get(key);
    return value === undefined ? null : safeDecode(value);
  };
  const list = (key: string) => decodeList(params.get(key) ?? null);

  const lang = raw(PARAM.lang);
  const view = raw(PARAM.view);
  const layout = raw(PARAM.layout);
  const article = Number(raw(PARAM.article));
  const expandLimit = Number(raw(PARAM.expandLimit));
  const clauseText = raw(PARAM.clause);
  const clause = clauseText ? parseClauseRef(clauseText) : null;

  return {
    lang: isLang(lang) ? lang : base.lang,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : base.view,
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : base.layout,
    selected: raw(PARAM.selected) || base.selected,
    expanded: params.has(PARAM.expanded) ? unique(list(PARAM.expanded)) : base.expanded,
    hidden: params.has(PARAM.hidden) ? unique(list(PARAM.hidden)) : base.hidden,
    expandTypes: params.has(PARAM.expandTypes)
      ? unique(list(PARAM.expandTypes).filter((t): t is ExpandableType => (EXPANDABLE_TYPES as readonly string[]).includes(t)))
      : base.expandTypes,
    expandLimit: Number.isInteger(expandLimit) && expandLimit >= MIN_EXPAND_LIMIT && expandLimit <= MAX_EXPAND_LIMIT ? expandLimit : base.expandLimit,
    hiddenCategories: params.has(PARAM.hiddenCategories)
      ? unique(list(PARAM.hiddenCategories).filter(isNodeCategory))
      : base.hiddenCategories,
    hiddenModalities: params.has(PARAM.hiddenModalities)
      ? unique(list(PARAM.hiddenModalities).filter(isModality))
      : base.hiddenModalities,
    article: Number.isInteger(article) && article > 0 ? article : clause ? clause.article : base.article,
    clause: clause ?? base.clause,
    cell: decodeCell(raw(PARAM.cell)) ?? base.cell,
  };
}

/**
 * Raw (still percent-encoded) values by key. URLSearchParams cannot be used: it decodes `%2C` before the
 * lists are split on `,`, and reads a literal `+` as a space.
 */
function parseQuery(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const key = safeDecode(at < 0 ? part : part.slice(0, at));
    if (key !== null && !params.has(key)) params.set(key, at < 0 ? '' : part.slice(at + 1));
  }
  return params;
}

function decodeCell(raw: string | null): MatrixCell | null {
  if (!raw) return null;
  const at = raw.lastIndexOf('~');
  if (at <= 0) return null;
  const actor = raw.slice(0, at);
  const modality = raw.slice(at + 1);
  return isModality(modality) ? { actor, modality } : null;
}

/**
 * Changes that move the researcher somewhere (another node, view or article) get their own history entry so
 * that Back returns to where they were; layout, filters and language only replace the current one.
 */
export function isNavigation(before: UrlState, after: UrlState): boolean {
  return (
    before.selected !== after.selected ||
    before.view !== after.view ||
    before.article !== after.article ||
    (before.clause === null) !== (after.clause === null) ||
    (before.clause !== null && after.clause !== null && formatClauseRef(before.clause) !== formatClauseRef(after.clause)) ||
    before.cell?.actor !== after.cell?.actor ||
    before.cell?.modality !== after.cell?.modality ||
    before.expanded.join() !== after.expanded.join()
  );
}
