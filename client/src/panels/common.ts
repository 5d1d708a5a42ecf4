// What every panel gets, and the small pieces they share: provenance links, modality badges, obligation
// lists, and the loading / error / empty states.
import type { ApiClient } from '../api/client.ts';
import type { ArticleLabel, Obligation, RegulationMeta } from '../api/operations.ts';
import type { GraphController } from '../cy/graph-controller.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { h } from '../dom.ts';
import { MODALITY_LABELS, translate, type Lang, type MessageKey } from '../i18n.ts';
import { fullName, labelOf, shortName, type LabelledClause, type Named } from '../labels.ts';
import { articleKeyIn, type ClauseRef, type Modality } from '../model.ts';
import { revealNode, type Store } from '../state/store.ts';
import { encodeUrlState, pickUrlState, type UrlState } from '../state/url-state.ts';
import type { Table } from '../export/csv.ts';

export interface PanelContext {
  store: Store;
  api: ApiClient;
  graph: GraphController;
  /** Every regulation in the graph, by key: asked once and remembered; a failure is forgotten, so a later call asks again. */
  catalog: () => Promise<RegulationMeta[]>;
  /** Keys of the regulations the views show: the state's selection resolved against the catalog (state/selection.ts). */
  scope: () => Promise<string[]>;
}

export type { Obligation, RegulationMeta };

/** A clause as the API gives it, with the article and regulation it is in (absent in graphs made without the API). */
export type ClauseWithKey = LabelledClause & { articleKey?: string | null; regulation?: string | null };

/** The key of the article a clause is in: the API's, or made from its regulation and number. */
export function clauseArticleKey(clause: ClauseWithKey): string | null {
  return clause.articleKey ?? (clause.regulation ? articleKeyIn(clause.regulation, clause.article) : null);
}

export const tr = (ctx: PanelContext, key: MessageKey, params?: Record<string, string | number>) => translate(ctx.store.get().lang, key, params);

/** A link to a state: a real href (open in a new tab, copy), handled in place on a plain click. */
export function stateLink(ctx: PanelContext, patch: Partial<UrlState>, text: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  const target = { ...pickUrlState(ctx.store.get()), ...patch };
  const search = encodeUrlState(target);
  const link = h('a', { href: `${location.pathname}${search ? `?${search}` : ''}`, ...attrs }, text);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    ctx.store.update(patch);
  });
  return link;
}

/** Opens the article reader on a clause, highlighted; named by the API's label in the current language. */
export function clauseLink(ctx: PanelContext, clause: ClauseWithKey): HTMLAnchorElement {
  const ref: ClauseRef = { article: clause.article, paragraph: clause.paragraph, item: clause.item };
  return stateLink(ctx, { view: 'reader', article: clauseArticleKey(clause), clause: ref, diff: null }, labelOf(clause, ctx.store.get().lang), {
    class: 'clause-link',
    'data-clause': `${ref.article}-${ref.paragraph}${ref.item === null ? '' : `-${ref.item}`}`,
    title: tr(ctx, 'openInReader'),
  });
}

/** A link that opens the article in the reader, labelled as the API names it (第28条 / Article 28). */
export function articleLink(ctx: PanelContext, article: ArticleLabel): HTMLAnchorElement {
  const label = ctx.store.get().lang === 'en' ? article.titleEn : article.title;
  return stateLink(ctx, { view: 'reader', article: article.key, clause: null, diff: null }, label, { class: 'clause-link', 'data-article': article.key });
}

/** A chapter's labels and titles as the API gives them (titleEn from the vocabulary of chapter phrases, or null). */
export interface ChapterNames {
  label: string;
  labelEn: string;
  title: string;
  titleEn?: string | null;
}

/**
 * 第3章 总则 / Chapter 3 General Provisions. In English a chapter the vocabulary has no title for keeps its
 * Chinese one, marked as such rather than passed off as a translation.
 */
export function chapterHeading(ctx: PanelContext, chapter: ChapterNames): HTMLElement {
  if (ctx.store.get().lang === 'zh') return h('span', { class: 'chapter-heading' }, h('span', { class: 'chapter-number' }, chapter.label), ' ', chapter.title);
  const en = chapter.titleEn;
  return h(
    'span',
    { class: 'chapter-heading' },
    h('span', { class: 'chapter-number' }, chapter.labelEn),
    ' ',
    en ?? h('span', { lang: 'zh-Hans' }, chapter.title),
    en ? null : h('span', { class: 'zh-only-mark' }, ` ${tr(ctx, 'titleChineseOnly')}`),
  );
}

/** In English, the one note that the text shown (articles, obligations, names) exists in Chinese only; null in Chinese. */
export function chineseOnlyNote(ctx: PanelContext, compact = false): HTMLElement | null {
  if (ctx.store.get().lang === 'zh') return null;
  const hint = tr(ctx, 'chineseOnlyHint');
  return h(
    compact ? 'span' : 'p',
    { class: compact ? 'zh-only-note compact' : 'zh-only-note', title: hint, 'data-note': 'chinese-only' },
    h('span', { class: 'zh-only-badge' }, tr(ctx, 'chineseOnly')),
    compact ? null : h('span', { class: 'zh-only-hint' }, hint),
  );
}

/** A button that selects an entity (and adds it to the graph if needed). */
export function entityButton(ctx: PanelContext, entity: Named & { key: string }, extraClass = ''): HTMLButtonElement {
  const lang = ctx.store.get().lang;
  return h(
    'button',
    {
      type: 'button',
      class: `entity-link ${extraClass}`.trim(),
      title: fullName(entity, lang),
      'data-id': entity.key,
      onclick: () => ctx.store.update((s) => revealNode(s, entity.key)),
    },
    shortName(entity, lang),
  );
}

/** A table's row header; its content sits in a flex box so that the th itself stays a cell that grows with its row. */
export function rowHead(...children: (Node | null)[]): HTMLTableCellElement {
  return h('th', { scope: 'row', class: 'row-head' }, h('div', { class: 'row-head-inner' }, ...children));
}

export function modalityBadge(modality: Modality, lang: Lang): HTMLSpanElement {
  const look = MODALITY_LOOKS[modality];
  return h('span', { class: `badge modality modality-${modality.toLowerCase()}`, style: `--modality:${look.color}`, 'data-modality': modality }, MODALITY_LABELS[modality][lang]);
}

/**
 * Items grouped by the regulation they are in, in the selection's order, each group under the regulation's
 * title; with one regulation selected, the items alone (there is nothing to tell apart).
 */
export function regulationGroups<T>(
  ctx: PanelContext,
  catalog: readonly RegulationMeta[],
  scope: readonly string[],
  items: readonly T[],
  regulationOf: (item: T) => string | null | undefined,
  draw: (items: T[]) => Node,
): Node {
  if (scope.length < 2) return draw([...items]);
  const keys = [...scope, ...new Set(items.map(regulationOf).filter((k): k is string => !!k && !scope.includes(k)))];
  const groups = keys.map((key) => ({ key, items: items.filter((i) => regulationOf(i) === key) })).filter((g) => g.items.length);
  return h(
    'div',
    { class: 'regulation-groups' },
    groups.map((g) =>
      h(
        'section',
        { class: 'regulation-group', 'data-regulation': g.key },
        h('h4', { class: 'regulation-heading', lang: 'zh-Hans' }, catalog.find((r) => r.key === g.key)?.title ?? g.key, h('span', { class: 'count' }, String(g.items.length))),
        draw(g.items),
      ),
    ),
  );
}

/** One obligation: badge, exact clause text, where it is (a link into the reader), who bears it. */
export function obligationItem(ctx: PanelContext, o: Obligation, { showBearers = true } = {}): HTMLLIElement {
  const lang = ctx.store.get().lang;
  return h(
    'li',
    { class: 'obligation', 'data-id': o.key },
    h('div', { class: 'obligation-head' }, modalityBadge(o.modality, lang), clauseLink(ctx, o.clause)),
    h('blockquote', { class: 'clause-text', lang: 'zh-Hans' }, o.text),
    showBearers && o.bearers.length
      ? h('div', { class: 'obligation-meta' }, h('span', { class: 'meta-label' }, `${tr(ctx, 'bearers')}: `), ...o.bearers.map((b) => entityButton(ctx, b)))
      : null,
    o.beneficiaries.length
      ? h('div', { class: 'obligation-meta' }, h('span', { class: 'meta-label' }, `${tr(ctx, 'beneficiaries')}: `), ...o.beneficiaries.map((b) => entityButton(ctx, b)))
      : null,
    o.industries.length
      ? h('div', { class: 'obligation-meta' }, h('span', { class: 'meta-label' }, `${tr(ctx, 'industries')}: `), ...o.industries.map((i) => entityButton(ctx, i, 'industry')))
      : null,
  );
}

/** Obligations grouped by modality, strongest first, each group a list. */
export function obligationGroups(ctx: PanelContext, obligations: readonly Obligation[], order: readonly Modality[], options?: { showBearers?: boolean }): HTMLElement {
  const lang = ctx.store.get().lang;
  if (!obligations.length) return h('p', { class: 'empty' }, tr(ctx, 'noObligations'));
  return h(
    'div',
    { class: 'obligation-groups' },
    order
      .map((modality) => ({ modality, items: obligations.filter((o) => o.modality === modality) }))
      .filter((g) => g.items.length)
      .map((g) =>
        h(
          'section',
          { class: 'obligation-group', 'data-modality': g.modality },
          h('h4', {}, modalityBadge(g.modality, lang), h('span', { class: 'count' }, String(g.items.length))),
          h('ol', { class: 'obligation-list' }, g.items.map((o) => obligationItem(ctx, o, options))),
        ),
      ),
  );
}

export function obligationTable(name: string, obligations: readonly Obligation[]): Table {
  return {
    name,
    header: ['key', 'regulation', 'modality', 'marker', 'article', 'paragraph', 'item', 'citation', 'bearers', 'beneficiaries', 'industries', 'text'],
    rows: obligations.map((o) => [
      o.key,
      o.regulation.key,
      o.modality,
      o.marker,
      o.clause.article,
      o.clause.paragraph,
      o.clause.item,
      // The clause's citation as one cites it (《…条例》第十条第二款第（一）项), or its label without the API's.
      o.clause.citation ?? o.citation,
      o.bearers.map((b) => b.name).join('；'),
      o.beneficiaries.map((b) => b.name).join('；'),
      o.industries.map((i) => i.name).join('；'),
      o.text,
    ]),
  };
}

export function loadingState(ctx: PanelContext): HTMLElement {
  return h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), tr(ctx, 'loading'));
}

export function errorState(ctx: PanelContext, message: string, retry: () => void): HTMLElement {
  const text = message === 'network' ? tr(ctx, 'apiDown') : `${tr(ctx, 'apiDown')} (${message})`;
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('p', {}, text),
    h('button', { type: 'button', class: 'button', onclick: retry }, tr(ctx, 'retry')),
  );
}

export function emptyState(text: string): HTMLElement {
  return h('p', { class: 'state state-empty' }, text);
}

/**
 * Runs an async render, showing loading and error states, and ignores answers that arrive after a newer
 * render started (the researcher clicked on).
 */
export function createRenderer(ctx: PanelContext, target: HTMLElement) {
  let token = 0;
  return async function run<T>(load: () => Promise<T>, draw: (value: T) => void, retry: () => void): Promise<void> {
    const mine = ++token;
    target.setAttribute('aria-busy', 'true');
    const timer = setTimeout(() => {
      if (mine === token) target.replaceChildren(loadingState(ctx));
    }, 120);
    try {
      const value = await load();
      if (mine !== token) return;
      draw(value);
    } catch (error) {
      if (mine !== token) return;
      const message = error instanceof Error && 'kind' in error && error.kind === 'network' ? 'network' : error instanceof Error ? error.message : String(error);
      target.replaceChildren(errorState(ctx, message, retry));
    } finally {
      clearTimeout(timer);
      if (mine === token) target.removeAttribute('aria-busy');
    }
  };
}
