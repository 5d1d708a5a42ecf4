// The shareable part of the app state and its URL form. Pure: encode and decode are inverse on every valid
// state (tested), decode never throws and drops what it does not understand, so an old or hand-edited link
// still opens something sensible.
import { isLang, type Lang } from '../i18n.ts';
import { CENTRE_PARAM, decodeViewport, encodeViewport, ZOOM_PARAM, type GraphViewport } from './url-viewport.ts';
import {
  articleKeyIn,
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

export const VIEWS = ['graph', 'matrix', 'zones', 'compare', 'reader'] as const;
export type ViewName = (typeof VIEWS)[number];

export const LAYOUT_NAMES = ['fcose', 'concentric', 'hierarchical'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** What the compare view shows: the responsibility matrices side by side, or the zones' industries. */
export const COMPARE_TABS = ['actors', 'zones'] as const;
export type CompareTab = (typeof COMPARE_TABS)[number];

/** Responsibility relations a path may follow (co-bearing is two BEARS links through one obligation). */
export const PATH_RELATIONS = ['BEARS', 'BENEFITS', 'MEMBER_OF'] as const;
export type PathRelation = (typeof PATH_RELATIONS)[number];

/** What the graph draws: everything, or only actors linked by what they share (counts on the links). */
export const GRAPH_MODES = ['all', 'actors'] as const;
export type GraphMode = (typeof GRAPH_MODES)[number];

/** A responsibility-matrix cell: an actor and a modality, in one regulation when the compare view names it. */
export interface MatrixCell {
  actor: string;
  modality: Modality;
  regulation?: string;
}

export interface UrlState {
  lang: Lang;
  /** Regulation keys the researcher picked; empty when the URL names none (the catalog then decides, see resolveSelection). */
  regulations: string[];
  view: ViewName;
  layout: LayoutName;
  /** Selected node or edge id: the one the details panel shows. */
  selected: string | null;
  /** Several selected nodes, `selected` among them; empty when one or none is (state/node-selection.ts). */
  selection: string[];
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
  /** Article open in the reader (its key, e.g. `article:<slug>/28`), and the clause of it highlighted. */
  article: string | null;
  clause: ClauseRef | null;
  cell: MatrixCell | null;
  compare: CompareTab;
  /** Another version of the reader's regulation to compare it with (its key), or null for the article text. */
  diff: string | null;
  /** Zones × industries: how industries are ordered (null: by level; 'name'; or a zone key: by that zone's level). */
  zoneSort: string | null;
  /** Zones × industries: the zones shown (keys; empty: all) and the ranks shown (empty: all). */
  zoneFilter: string[];
  zoneRanks: number[];
  /** Path finder: its two ends (node keys) and the relations it follows (never empty). */
  pathFrom: string | null;
  pathTo: string | null;
  pathRelations: PathRelation[];
  /** The graph's zoom and centre once the researcher moved it; null: fitted to the graph. */
  viewport: GraphViewport | null;
  /** The graph's mode: all nodes, or actors only. */
  graphMode: GraphMode;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: 'zh',
  regulations: [],
  view: 'graph',
  layout: 'fcose',
  selected: null,
  selection: [],
  expanded: [],
  hidden: [],
  expandTypes: [...EXPANDABLE_TYPES],
  expandLimit: 60,
  hiddenCategories: [],
  hiddenModalities: [],
  article: null,
  clause: null,
  cell: null,
  compare: 'actors',
  diff: null,
  zoneSort: null,
  zoneFilter: [],
  zoneRanks: [],
  pathFrom: null,
  pathTo: null,
  pathRelations: [...PATH_RELATIONS],
  viewport: null,
  graphMode: 'all',
};

/** The shareable part of a larger state object. */
export function pickUrlState(state: UrlState): UrlState {
  const picked = {} as Record<keyof UrlState, unknown>;
  for (const key of Object.keys(DEFAULT_URL_STATE) as (keyof UrlState)[]) picked[key] = state[key];
  return picked as UrlState;
}

const PARAM = {
  lang: 'lang',
  regulations: 'reg',
  view: 'view',
  layout: 'layout',
  selected: 'sel',
  selection: 'ms',
  expanded: 'x',
  hidden: 'hide',
  expandTypes: 'et',
  expandLimit: 'el',
  hiddenCategories: 'hn',
  hiddenModalities: 'hm',
  article: 'article',
  clause: 'clause',
  cell: 'cell',
  compare: 'cmp',
  diff: 'diff',
  zoneSort: 'zs',
  zoneFilter: 'zf',
  zoneRanks: 'zr',
  pathFrom: 'pf',
  pathTo: 'pt',
  pathRelations: 'pr',
  viewport: ZOOM_PARAM,
  graphMode: 'mode',
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

// Regulation keys travel as their slugs (reg=<slug>,<slug>) and article keys without their prefix
// (article=<slug>/28): the address bar stays short and readable, `/` needs no escaping in a query.
const REGULATION_PREFIX = 'regulation:';
const ARTICLE_PREFIX = 'article:';

function encodeKey(key: string, prefix: string): string {
  const bare = key.startsWith(prefix) ? key.slice(prefix.length) : key;
  return encodeItem(bare).replace(/%2F/gi, '/');
}

/** A key back from its URL form; a value that already has a prefix of its own is taken as it is. */
function decodeKey(value: string, prefix: string): string {
  return value.includes(':') ? value : `${prefix}${value}`;
}

/** The query string (without `?`) for a state; default values are left out so that the bare URL is the overview. */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (state.lang !== DEFAULT_URL_STATE.lang) put(PARAM.lang, state.lang);
  if (state.regulations.length) put(PARAM.regulations, state.regulations.map((r) => encodeKey(r, REGULATION_PREFIX)).join(','));
  if (state.view !== DEFAULT_URL_STATE.view) put(PARAM.view, state.view);
  if (state.layout !== DEFAULT_URL_STATE.layout) put(PARAM.layout, state.layout);
  if (state.selected !== null) put(PARAM.selected, encodeItem(state.selected));
  if (state.selection.length) put(PARAM.selection, encodeList(state.selection));
  if (state.expanded.length) put(PARAM.expanded, encodeList(state.expanded));
  if (state.hidden.length) put(PARAM.hidden, encodeList(state.hidden));
  if (!sameMembers(state.expandTypes, DEFAULT_URL_STATE.expandTypes)) put(PARAM.expandTypes, encodeList(state.expandTypes));
  if (state.expandLimit !== DEFAULT_URL_STATE.expandLimit) put(PARAM.expandLimit, String(state.expandLimit));
  if (state.hiddenCategories.length) put(PARAM.hiddenCategories, encodeList(state.hiddenCategories));
  if (state.hiddenModalities.length) put(PARAM.hiddenModalities, encodeList(state.hiddenModalities));
  if (state.article !== null) put(PARAM.article, encodeKey(state.article, ARTICLE_PREFIX));
  if (state.clause !== null) put(PARAM.clause, formatClauseRef(state.clause));
  if (state.cell !== null) put(PARAM.cell, encodeCell(state.cell));
  if (state.compare !== DEFAULT_URL_STATE.compare) put(PARAM.compare, state.compare);
  if (state.diff !== null) put(PARAM.diff, encodeKey(state.diff, REGULATION_PREFIX));
  if (state.zoneSort !== null) put(PARAM.zoneSort, encodeItem(state.zoneSort));
  if (state.zoneFilter.length) put(PARAM.zoneFilter, encodeList(state.zoneFilter));
  if (state.zoneRanks.length) put(PARAM.zoneRanks, state.zoneRanks.join(','));
  if (state.pathFrom !== null) put(PARAM.pathFrom, encodeItem(state.pathFrom));
  if (state.pathTo !== null) put(PARAM.pathTo, encodeItem(state.pathTo));
  if (!sameMembers(state.pathRelations, DEFAULT_URL_STATE.pathRelations)) put(PARAM.pathRelations, state.pathRelations.join(','));
  if (state.graphMode !== DEFAULT_URL_STATE.graphMode) put(PARAM.graphMode, state.graphMode);
  if (state.viewport !== null) parts.push(...encodeViewport(state.viewport));
  return parts.join('&');
}

/**
 * The state a query string describes. `fallback` supplies what the URL leaves out (for the language: the one
 * remembered in localStorage). A link from before there were several regulations names its article by number
 * alone (`art=28`, `article=28`); it is read in the first regulation the URL names, or else left to the caller
 * (legacyArticleNumber), who knows which regulation is selected.
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
  const compare = raw(PARAM.compare);
  const expandLimit = Number(raw(PARAM.expandLimit));
  const clauseText = raw(PARAM.clause);
  const clause = clauseText ? parseClauseRef(clauseText) : null;
  const regulations = params.has(PARAM.regulations) ? unique(list(PARAM.regulations).map((r) => decodeKey(r, REGULATION_PREFIX))) : base.regulations;
  const articleText = raw(PARAM.article);
  const legacy = legacyNumber(params, clause);
  const article =
    articleText && !/^\d+$/.test(articleText) && ARTICLE_VALUE.test(articleText)
      ? decodeKey(articleText, ARTICLE_PREFIX)
      : legacy !== null && regulations[0]
        ? articleKeyIn(regulations[0], legacy)
        : legacy !== null
          ? null
          : base.article;

  return {
    lang: isLang(lang) ? lang : base.lang,
    regulations,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : base.view,
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : base.layout,
    selected: raw(PARAM.selected) || base.selected,
    selection: params.has(PARAM.selection) ? decodeSelection(list(PARAM.selection)) : base.selection,
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
    article,
    clause: clause ?? base.clause,
    cell: decodeCell(raw(PARAM.cell)) ?? base.cell,
    compare: (COMPARE_TABS as readonly string[]).includes(compare ?? '') ? (compare as CompareTab) : base.compare,
    diff: raw(PARAM.diff) ? decodeKey(raw(PARAM.diff)!, REGULATION_PREFIX) : base.diff,
    zoneSort: params.has(PARAM.zoneSort) ? decodeZoneSort(raw(PARAM.zoneSort)) : base.zoneSort,
    zoneFilter: params.has(PARAM.zoneFilter) ? unique(list(PARAM.zoneFilter).filter((k) => k.includes(':'))) : base.zoneFilter,
    zoneRanks: params.has(PARAM.zoneRanks) ? decodeRanks(list(PARAM.zoneRanks)) : base.zoneRanks,
    pathFrom: raw(PARAM.pathFrom) || base.pathFrom,
    pathTo: raw(PARAM.pathTo) || base.pathTo,
    pathRelations: decodePathRelations(list(PARAM.pathRelations)) ?? base.pathRelations,
    viewport: params.has(PARAM.viewport) ? decodeViewport(raw(PARAM.viewport), raw(CENTRE_PARAM)) : base.viewport,
    graphMode: (GRAPH_MODES as readonly string[]).includes(raw(PARAM.graphMode) ?? '') ? (raw(PARAM.graphMode) as GraphMode) : base.graphMode,
  };
}

/** Known relations in their canonical order; null (the default) when none is left. */
function decodePathRelations(values: readonly string[]): PathRelation[] | null {
  const known = PATH_RELATIONS.filter((r) => values.includes(r));
  return known.length ? known : null;
}

/** Several nodes, each once; a list of one is no multi-selection (`sel` names it). */
function decodeSelection(values: readonly string[]): string[] {
  const ids = unique(values);
  return ids.length > 1 ? ids : [];
}

/** 'name', or a zone's key (keys hold a `:`); anything else is the default order. */
function decodeZoneSort(value: string | null): string | null {
  return value === 'name' || (value && value.includes(':')) ? value : null;
}

/** Ranks 1–3, strongest first, each once; all three is the same as none (nothing filtered). */
function decodeRanks(values: readonly string[]): number[] {
  const ranks = unique(values.map(Number).filter((n) => n === 1 || n === 2 || n === 3)).sort((a, b) => b - a);
  return ranks.length === 3 ? [] : ranks;
}

/** `slug/28`, or a full key someone pasted (`article:slug/28`). */
const ARTICLE_VALUE = /^(?:article:)?[^/]+\/\d+$/;
const LEGACY_ARTICLE_PARAM = 'art';

/** The article number an old link names without its regulation: `art=28`, `article=28`, or a clause alone. */
function legacyNumber(params: ReadonlyMap<string, string>, clause: ClauseRef | null): number | null {
  const article = safeDecode(params.get(PARAM.article) ?? '') ?? '';
  if (article && ARTICLE_VALUE.test(article)) return null;
  for (const value of [safeDecode(params.get(LEGACY_ARTICLE_PARAM) ?? ''), article]) {
    const n = Number(value);
    if (value && Number.isInteger(n) && n > 0) return n;
  }
  return clause ? clause.article : null;
}

/**
 * The article number of an old link that names no regulation, to be read in the selected one once the
 * regulations are known; null when the link names an article by key, or none.
 */
export function legacyArticleNumber(search: string): number | null {
  const params = parseQuery(search);
  if (params.has(PARAM.regulations)) return null;
  const clauseText = params.has(PARAM.clause) ? safeDecode(params.get(PARAM.clause)!) : null;
  return legacyNumber(params, clauseText ? parseClauseRef(clauseText) : null);
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

function encodeCell(cell: MatrixCell): string {
  const base = `${encodeItem(cell.actor)}~${cell.modality}`;
  return cell.regulation ? `${base}~${encodeKey(cell.regulation, REGULATION_PREFIX)}` : base;
}

/** `actor~MODALITY`, or `actor~MODALITY~slug` for a cell of one regulation (the compare view). */
function decodeCell(raw: string | null): MatrixCell | null {
  if (!raw) return null;
  const parts = raw.split('~');
  const last = parts.at(-1);
  if (parts.length >= 2 && isModality(last)) return { actor: parts.slice(0, -1).join('~'), modality: last };
  const modality = parts.at(-2);
  if (parts.length >= 3 && isModality(modality) && last) return { actor: parts.slice(0, -2).join('~'), modality, regulation: decodeKey(last, REGULATION_PREFIX) };
  return null;
}

/**
 * Changes that move the researcher somewhere (another node, view or article) get their own history entry so
 * that Back returns to where they were; layout, filters and language only replace the current one.
 */
export function isNavigation(before: UrlState, after: UrlState): boolean {
  return (
    before.regulations.join() !== after.regulations.join() ||
    before.selected !== after.selected ||
    before.view !== after.view ||
    before.compare !== after.compare ||
    before.diff !== after.diff ||
    before.article !== after.article ||
    (before.clause === null) !== (after.clause === null) ||
    (before.clause !== null && after.clause !== null && formatClauseRef(before.clause) !== formatClauseRef(after.clause)) ||
    before.cell?.actor !== after.cell?.actor ||
    before.cell?.modality !== after.cell?.modality ||
    before.cell?.regulation !== after.cell?.regulation ||
    before.expanded.join() !== after.expanded.join()
  );
}
