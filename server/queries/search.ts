// Search in one round trip: the clause a query names by number (looked up by key in every regulation in scope),
// then the text hits, either from the three cjk-analysed full-text indexes or, when every term is one Chinese
// character (which the bigram index cannot match), by substring over the scope. What the query text means is
// read in search-query.ts (with how it stays out of Lucene's query syntax); these queries only take its plan.
import { defineQuery, type PageParams, type PageRow } from './named-query.ts';
import {
  ACTOR,
  ARTICLE,
  INDUSTRY,
  ITEM,
  NAMED_IN_REGULATIONS,
  OBLIGATION,
  PARAGRAPH,
  type ActorRow,
  type ArticleRow,
  type IndustryRow,
  type ItemRow,
  type ObligationRow,
  type ParagraphRow,
  type RegulationScope,
} from './rows.ts';
import type { ClauseKind } from './search-query.ts';

export const SEARCH_KINDS = ['ARTICLE', 'PARAGRAPH', 'ITEM', 'OBLIGATION', 'ACTOR', 'INDUSTRY'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_MATCHES = ['REFERENCE', 'TEXT', 'SUBSTRING'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

/** An article's paragraphs with their item counts, in order: where each line of its text comes from. */
export type ArticleLayout = { number: number; items: number }[];

type Hit<Kind extends SearchKind, Row> = { kind: Kind; matchedBy: SearchMatch; score: number; node: Row; paragraphs: ArticleLayout | null };

export type SearchHitRow =
  | Hit<'ARTICLE', ArticleRow>
  | Hit<'PARAGRAPH', ParagraphRow>
  | Hit<'ITEM', ItemRow>
  | Hit<'OBLIGATION', ObligationRow>
  | Hit<'ACTOR', ActorRow>
  | Hit<'INDUSTRY', IndustryRow>;

export type SearchParams = PageParams &
  RegulationScope & {
    kinds: SearchKind[] | null;
    /** The referenced clause's key around a regulation's slug (search-query.ts clauseKeyParts), or null. */
    clause: { kind: ClauseKind; prefix: string; suffix: string } | null;
    /** One-character terms every hit must contain. */
    characters: string[];
    /** The query as typed and, for one term, its forms: a body or industry named exactly so (name, alias, English name) comes first. */
    names: string[];
    /** Whether article hits bring their paragraph layout (only a hit's `clause` reads it). */
    withLayout: boolean;
  };

// The referenced clause in each regulation in scope, by its key: one unique-index seek per regulation.
const EXACT = `CALL () {
     MATCH (r:Regulation) WHERE $clause IS NOT NULL AND ($regulations IS NULL OR r.id IN $regulations)
     MATCH (node:Keyed {id: $clause.prefix + substring(r.id, size('regulation:')) + $clause.suffix})
     RETURN collect(node) AS exact
   }`;

const EXACT_HITS = `UNWIND exact AS node
     RETURN $clause.kind AS kind, node, 'REFERENCE' AS matchedBy, 1.0 AS score`;

const TEXT_CONTAINS = (v: string) => `all(c IN $characters WHERE ${v}.text CONTAINS c)`;
const NAME_CONTAINS = (v: string) =>
  `all(c IN $characters WHERE ${v}.name CONTAINS c OR coalesce(${v}.nameEn, '') CONTAINS c OR any(a IN coalesce(${v}.aliases, []) WHERE a CONTAINS c))`;
const ENTITY_KIND = (v: string) => `CASE WHEN ${v}:Actor THEN 'ACTOR' ELSE 'INDUSTRY' END`;
// Scores of different full-text indexes are not comparable (and move with each index's statistics), so a name
// typed in full is ranked by rule, not by score.
const NAMED_EXACTLY = (v: string) =>
  `(${v}.name IN $names OR toLower(coalesce(${v}.nameEn, '')) IN [n IN $names | toLower(n)] OR any(a IN coalesce(${v}.aliases, []) WHERE a IN $names))`;
/** How often the characters occur in a text: the score of a substring hit. */
const OCCURRENCES = (text: string) => `toFloat(reduce(n = 0, c IN $characters | n + size(${text}) - size(replace(${text}, c, ''))))`;

// Scope, kinds, a clause found by reference not repeated as a text hit, best first, and one page projected
// (the article layout only for the page's articles).
const TAIL = `WITH exact, kind, node, matchedBy, score
   WHERE ($kinds IS NULL OR kind IN $kinds)
     AND (matchedBy = 'REFERENCE' OR NOT node IN exact)
     AND CASE WHEN kind IN ['ACTOR', 'INDUSTRY'] THEN ${NAMED_IN_REGULATIONS('node')}
              ELSE $regulations IS NULL OR node.regulation IN $regulations END
   WITH kind, node, matchedBy, score ORDER BY CASE matchedBy WHEN 'REFERENCE' THEN 0 ELSE 1 END,
     CASE WHEN kind IN ['ACTOR', 'INDUSTRY'] AND ${NAMED_EXACTLY('node')} THEN 0 ELSE 1 END, score DESC, node.id
   WITH collect({kind: kind, node: node, matchedBy: matchedBy, score: score}) AS hits
   CALL (hits) {
     UNWIND hits[$offset..($offset + $limit)] AS hit
     WITH hit, hit.node AS node
     RETURN collect({
       kind: hit.kind,
       matchedBy: hit.matchedBy,
       score: hit.score,
       node: CASE hit.kind
         WHEN 'ARTICLE' THEN ${ARTICLE('node')}
         WHEN 'PARAGRAPH' THEN ${PARAGRAPH('node')}
         WHEN 'ITEM' THEN ${ITEM('node')}
         WHEN 'OBLIGATION' THEN ${OBLIGATION('node')}
         WHEN 'ACTOR' THEN ${ACTOR('node')}
         ELSE ${INDUSTRY('node')}
       END,
       paragraphs: CASE WHEN hit.kind = 'ARTICLE' AND $withLayout THEN COLLECT {
         MATCH (node)-[:HAS_PARAGRAPH]->(p:Paragraph)
         RETURN {number: p.number, items: COUNT { (p)-[:HAS_ITEM]->(:Item) }} ORDER BY p.number
       } END
     }) AS page
   }
   RETURN size(hits) AS total, page`;

/** `$lucene`: the query of search-query.ts planSearch, never null here. */
export const SEARCH = defineQuery<SearchParams & { lucene: string }, PageRow<SearchHitRow>>(
  'search',
  `${EXACT}
   CALL (exact) {
     ${EXACT_HITS}
     UNION ALL
     CALL db.index.fulltext.queryNodes('article_text', $lucene) YIELD node, score
     WITH node, score WHERE ${TEXT_CONTAINS('node')}
     RETURN 'ARTICLE' AS kind, node, 'TEXT' AS matchedBy, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('obligation_text', $lucene) YIELD node, score
     WITH node, score WHERE ${TEXT_CONTAINS('node')}
     RETURN 'OBLIGATION' AS kind, node, 'TEXT' AS matchedBy, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
     WITH node, score WHERE ${NAME_CONTAINS('node')}
     RETURN ${ENTITY_KIND('node')} AS kind, node, 'TEXT' AS matchedBy, score
   }
   ${TAIL}`,
);

/**
 * Every term one Chinese character (税): a substring scan of the articles and obligations of each regulation in
 * scope (seeks on the `regulation` indexes, so a scope of one regulation reads only its own) and of the actors
 * and industries. Its cost grows with the text in scope (about 14,000 characters per regulation the size of the
 * shipped one), not with the hits, so it is not capped: in-process through the API, 税 takes 10 ms p50 on the
 * shipped regulation and 20 ms on 101 regulations (6,262 articles, 16,180 obligations; 206 hits), and 的, in
 * nearly every passage, 34 ms for its 7,965 hits; scoped to one regulation of the 101, 4 ms.
 */
export const SEARCH_BY_CHARACTERS = defineQuery<SearchParams, PageRow<SearchHitRow>>(
  'searchByCharacters',
  `${EXACT}
   CALL (exact) {
     ${EXACT_HITS}
     UNION ALL
     MATCH (r:Regulation) WHERE ($kinds IS NULL OR 'ARTICLE' IN $kinds) AND ($regulations IS NULL OR r.id IN $regulations)
     MATCH (node:Article {regulation: r.id}) USING INDEX node:Article(regulation) WHERE ${TEXT_CONTAINS('node')}
     RETURN 'ARTICLE' AS kind, node, 'SUBSTRING' AS matchedBy, ${OCCURRENCES('node.text')} AS score
     UNION ALL
     MATCH (r:Regulation) WHERE ($kinds IS NULL OR 'OBLIGATION' IN $kinds) AND ($regulations IS NULL OR r.id IN $regulations)
     MATCH (node:Obligation {regulation: r.id}) USING INDEX node:Obligation(regulation) WHERE ${TEXT_CONTAINS('node')}
     RETURN 'OBLIGATION' AS kind, node, 'SUBSTRING' AS matchedBy, ${OCCURRENCES('node.text')} AS score
     UNION ALL
     MATCH (node:Actor|Industry) WHERE ($kinds IS NULL OR ${ENTITY_KIND('node')} IN $kinds) AND ${NAME_CONTAINS('node')}
     RETURN ${ENTITY_KIND('node')} AS kind, node, 'SUBSTRING' AS matchedBy, ${OCCURRENCES('node.name')} AS score
   }
   ${TAIL}`,
);
