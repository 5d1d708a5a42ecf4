// The search box's suggestions, grouped by what they are (articles, paragraphs, items, obligations, actors,
// industries), each hit named in the interface language with the clause it sits in and its regulation. Pure,
// so that the grouping and naming are tested without a browser.
import type { SuggestResult } from '../api/text-operations.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS, translate, type Lang, type MessageKey } from '../i18n.ts';
import { fullName, labelOf, shortName, type Named } from '../labels.ts';
import type { ClauseRef, NodeCategory } from '../model.ts';

type Hit = NonNullable<SuggestResult['search']>['edges'][number]['node'];
export type HitKind = Hit['kind'];

/** The order of the groups after the one holding the best hit: clauses, names, then obligations (the most numerous). */
const GROUP_ORDER: readonly HitKind[] = ['ARTICLE', 'PARAGRAPH', 'ITEM', 'ACTOR', 'INDUSTRY', 'OBLIGATION'];
/** Suggestions shown per group; the rest are counted. */
export const GROUP_LIMIT = 5;

export interface Suggestion {
  key: string;
  kind: HitKind;
  /** What colours its swatch: the actor's kind, or the node type. */
  category: NodeCategory;
  /** Its label in the interface language (第13条 / Article 13, an actor's short name). */
  title: string;
  /** How or where it matched, in the interface language (按编号 / by number, 见第13条第2款 / in Art. 13(2)). */
  detail: string | null;
  /** Its name in the other language, or the article's heading. */
  other: string | null;
  /** Title of the regulation it is in (clauses); null for actors and industries, which regulations share. */
  regulation: string | null;
  snippet: { text: string; start: number | null; end: number | null } | null;
  /** Where picking it goes: the reader at this article (and clause, when one is to be highlighted), or null for the graph. */
  opens: { article: string; clause: ClauseRef | null } | null;
}

export interface SuggestionGroup {
  kind: HitKind;
  label: string;
  items: Suggestion[];
  /** Hits of this kind left out by GROUP_LIMIT. */
  more: number;
}

const t = (lang: Lang, key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
const otherName = (entity: Named, lang: Lang) => {
  const other = fullName(entity, lang === 'en' ? 'zh' : 'en');
  return other === shortName(entity, lang) ? null : other;
};

function clauseOpening(hit: Hit): Suggestion['opens'] {
  const clause = hit.clause;
  if (!clause?.articleKey) return null;
  // An article asked for by number opens at its heading; one found by its words at the clause that matched.
  if (hit.kind === 'ARTICLE' && hit.matchedBy === 'REFERENCE') return { article: clause.articleKey, clause: null };
  return { article: clause.articleKey, clause: { article: clause.article, paragraph: clause.paragraph, item: clause.item ?? null } };
}

function fromHit(hit: Hit, lang: Lang): Suggestion {
  const snippet = hit.snippet.text ? { text: hit.snippet.text, start: hit.snippet.matchStart ?? null, end: hit.snippet.matchEnd ?? null } : null;
  const base = { key: hit.key, kind: hit.kind, regulation: hit.regulation?.title ?? null, snippet, opens: clauseOpening(hit) };
  const title = lang === 'en' ? hit.titleEn : hit.title;
  const byNumber = hit.matchedBy === 'REFERENCE' ? t(lang, 'searchByNumber') : null;
  switch (hit.__typename) {
    case 'ActorHit':
      return { ...base, category: hit.actor.kind, title: shortName(hit.actor, lang), detail: ACTOR_KIND_LABELS[hit.actor.kind][lang], other: otherName(hit.actor, lang), snippet: null };
    case 'IndustryHit':
      return { ...base, category: 'INDUSTRY', title: shortName(hit.industry, lang), detail: null, other: otherName(hit.industry, lang), snippet: null };
    case 'ObligationHit':
      return { ...base, category: 'OBLIGATION', title: hit.clause ? labelOf(hit.clause, lang) : title, detail: MODALITY_LABELS[hit.obligation.modality][lang], other: null };
    case 'ArticleHit': {
      const where = hit.matchedBy !== 'REFERENCE' && hit.clause ? t(lang, 'searchFoundIn', { clause: labelOf(hit.clause, lang) }) : null;
      return { ...base, category: 'ARTICLE', title, detail: byNumber ?? where, other: hit.article.heading ? `【${hit.article.heading}】` : null };
    }
    default:
      return { ...base, category: hit.kind === 'ITEM' ? 'ITEM' : 'PARAGRAPH', title, detail: byNumber, other: null };
  }
}

/**
 * The hits grouped by kind, each group in the API's ranking. The group of the best hit comes first (a clause
 * asked for by number, else what matched best), so Enter picks it; the others follow in GROUP_ORDER. Actors and
 * industries the name lists find (from the first character, English prefixes too) join their group.
 */
export function groupSuggestions(result: SuggestResult, lang: Lang): SuggestionGroup[] {
  const byKind = new Map<HitKind, Suggestion[]>();
  const seen = new Set<string>();
  const add = (s: Suggestion) => {
    if (seen.has(s.key)) return;
    seen.add(s.key);
    byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  };
  for (const { node } of result.search?.edges ?? []) add(fromHit(node, lang));
  const listed = (entity: Named & { key: string }, kind: 'ACTOR' | 'INDUSTRY', category: NodeCategory, detail: string | null): Suggestion => ({
    key: entity.key,
    kind,
    category,
    title: shortName(entity, lang),
    detail,
    other: otherName(entity, lang),
    regulation: null,
    snippet: null,
    opens: null,
  });
  for (const { node } of result.actors.edges) add(listed(node, 'ACTOR', node.kind, ACTOR_KIND_LABELS[node.kind][lang]));
  for (const { node } of result.industries.edges) add(listed(node, 'INDUSTRY', 'INDUSTRY', null));
  const best = result.search?.edges[0]?.node.kind ?? (result.actors.edges.length ? 'ACTOR' : 'INDUSTRY');
  const order = [best, ...GROUP_ORDER.filter((k) => k !== best)].filter((k) => byKind.has(k));
  return order.map((kind) => {
    const all = byKind.get(kind)!;
    return { kind, label: t(lang, `searchGroup${kind}`), items: all.slice(0, GROUP_LIMIT), more: Math.max(0, all.length - GROUP_LIMIT) };
  });
}
