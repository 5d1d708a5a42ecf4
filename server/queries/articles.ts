// The document structure: regulation → chapters → articles → paragraphs → items, and what articles state,
// mention, cite and define. Batched queries take `$keys` and return one row per (key, value).
import { defineQuery, PAGE_TAIL, type PageParams, type PageRow } from './named-query.ts';
import {
  ACTOR,
  ARTICLE,
  CHAPTER,
  DOCUMENT,
  INDUSTRY,
  ITEM,
  OBLIGATION,
  OBLIGATION_ORDER,
  PARAGRAPH,
  REGULATION,
  type ActorRow,
  type ArticleRow,
  type ChapterRow,
  type DocumentRow,
  type IndustryRow,
  type ItemRow,
  type ObligationRow,
  type ParagraphRow,
  type RegulationRow,
} from './rows.ts';

type Keys<K> = { keys: readonly K[] };

export const REGULATION_QUERY = defineQuery<Record<string, never>, { regulation: RegulationRow }>(
  'regulation',
  `MATCH (r:Regulation) RETURN ${REGULATION('r')} AS regulation ORDER BY r.id LIMIT 1`,
);

/**
 * The zone a regulation is about, as the extraction defines it: the zone its title names (中国（上海）自由贸易试验区条例
 * → 中国（上海）自由贸易试验区), a ZONE actor that is no collective of Areas. A regulation whose title names no zone
 * (a law on foreign trade, a business-environment regulation) has none.
 */
export const WHOLE_ZONE = defineQuery<{ id: string }, { zone: ActorRow }>(
  'wholeZone',
  `MATCH (r:Regulation {id: $id}), (z:Actor {kind: 'ZONE'})
   WHERE r.title CONTAINS z.name AND NOT EXISTS { (:Actor)-[:MEMBER_OF]->(z) }
   RETURN ${ACTOR('z')} AS zone ORDER BY size(z.name) DESC, z.id LIMIT 1`,
);

export const CHAPTERS = defineQuery<Record<string, never>, { chapter: ChapterRow }>(
  'chapters',
  `MATCH (c:Chapter) RETURN ${CHAPTER('c')} AS chapter ORDER BY c.number`,
);

export const ARTICLES_PAGE = defineQuery<PageParams & { chapter: number | null }, PageRow<ArticleRow>>(
  'articlesPage',
  `MATCH (a:Article) WHERE $chapter IS NULL OR a.chapter = $chapter
   WITH a ORDER BY a.number
   WITH collect(${ARTICLE('a')}) AS items
   ${PAGE_TAIL}`,
);

export const ARTICLES_OF_CHAPTERS = defineQuery<Keys<number>, { article: ArticleRow }>(
  'articlesOfChapters',
  `MATCH (a:Article) WHERE a.chapter IN $keys RETURN ${ARTICLE('a')} AS article ORDER BY a.number`,
);

export const PARAGRAPHS_OF_ARTICLES = defineQuery<Keys<number>, { paragraph: ParagraphRow }>(
  'paragraphsOfArticles',
  `MATCH (p:Paragraph) WHERE p.article IN $keys RETURN ${PARAGRAPH('p')} AS paragraph ORDER BY p.article, p.number`,
);

export const ITEMS_OF_PARAGRAPHS = defineQuery<Keys<string>, { key: string; item: ItemRow }>(
  'itemsOfParagraphs',
  `UNWIND $keys AS key
   MATCH (:Paragraph {id: key})-[:HAS_ITEM]->(i:Item)
   RETURN key, ${ITEM('i')} AS item ORDER BY i.number`,
);

export const OBLIGATIONS_OF_ARTICLES = defineQuery<Keys<number>, { obligation: ObligationRow }>(
  'obligationsOfArticles',
  `MATCH (o:Obligation) WHERE o.article IN $keys
   RETURN ${OBLIGATION('o')} AS obligation ORDER BY ${OBLIGATION_ORDER('o')}`,
);

const obligationsOfClauses = (label: 'Paragraph' | 'Item') =>
  defineQuery<Keys<string>, { key: string; obligation: ObligationRow }>(
    `obligationsOf${label}s`,
    `UNWIND $keys AS key
     MATCH (:${label} {id: key})<-[:SOURCE]-(o:Obligation)
     RETURN key, ${OBLIGATION('o')} AS obligation ORDER BY ${OBLIGATION_ORDER('o')}`,
  );
export const OBLIGATIONS_OF_PARAGRAPHS = obligationsOfClauses('Paragraph');
export const OBLIGATIONS_OF_ITEMS = obligationsOfClauses('Item');

export const ACTORS_MENTIONED_BY_ARTICLES = defineQuery<Keys<string>, { key: string; actor: ActorRow; count: number }>(
  'actorsMentionedByArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[m:MENTIONS]->(a:Actor)
   RETURN key, ${ACTOR('a')} AS actor, m.count AS count ORDER BY m.count DESC, a.id`,
);

export const INDUSTRIES_MENTIONED_BY_ARTICLES = defineQuery<Keys<string>, { key: string; industry: IndustryRow; count: number }>(
  'industriesMentionedByArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[m:MENTIONS]->(i:Industry)
   RETURN key, ${INDUSTRY('i')} AS industry, m.count AS count ORDER BY m.count DESC, i.id`,
);

export const DOCUMENTS_CITED_BY_ARTICLES = defineQuery<Keys<string>, { key: string; document: DocumentRow }>(
  'documentsCitedByArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[:CITES]->(d:Document)
   RETURN key, ${DOCUMENT('d')} AS document ORDER BY d.title`,
);

export const ARTICLES_CITING_DOCUMENTS = defineQuery<Keys<string>, { key: string; article: ArticleRow }>(
  'articlesCitingDocuments',
  `UNWIND $keys AS key
   MATCH (:Document {id: key})<-[:CITES]-(a:Article)
   RETURN key, ${ARTICLE('a')} AS article ORDER BY a.number`,
);

export interface DefinitionRow {
  key: string;
  term: string;
  full: string;
  actor: ActorRow;
}

export const DEFINITIONS_OF_ARTICLES = defineQuery<Keys<string>, DefinitionRow>(
  'definitionsOfArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[d:DEFINES]->(a:Actor)
   RETURN key, d.term AS term, d.full AS full, ${ACTOR('a')} AS actor ORDER BY d.term`,
);
