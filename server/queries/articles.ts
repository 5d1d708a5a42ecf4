// The document structure: regulation → chapters → articles → paragraphs → items, and what articles state,
// mention, cite and define. Batched queries take `$keys` and return one row per (key, value).
import { defineQuery, PAGE_OF, type PageParams, type PageRow } from './named-query.ts';
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
  IN_REGULATIONS,
  type RegulationScope,
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

export const REGULATIONS = defineQuery<RegulationScope, { regulation: RegulationRow }>(
  'regulations',
  `MATCH (r:Regulation) WHERE $regulations IS NULL OR r.id IN $regulations
   RETURN ${REGULATION('r')} AS regulation ORDER BY r.id`,
);

/** Every version of each regulation's work (itself included), oldest first. */
export const VERSIONS_OF_REGULATIONS = defineQuery<Keys<string>, { key: string; version: RegulationRow }>(
  'versionsOfRegulations',
  `UNWIND $keys AS key
   MATCH (r:Regulation {id: key})
   MATCH (v:Regulation) WHERE v.work = r.work OR v = r
   WITH key, v ORDER BY coalesce(v.effective, v.promulgated, v.adopted, ''), v.id
   RETURN key, ${REGULATION('v')} AS version`,
);

export interface RegulationCountsRow {
  key: string;
  chapters: number;
  articles: number;
  obligations: number;
  /** Obligations no actor bears. */
  unnamedObligations: number;
  actors: number;
  industries: number;
  zoneIndustries: number;
}

export const REGULATION_COUNTS = defineQuery<Keys<string>, RegulationCountsRow>(
  'regulationCounts',
  `UNWIND $keys AS key
   MATCH (r:Regulation {id: key})
   RETURN key,
     COUNT { MATCH (c:Chapter) WHERE c.regulation = key } AS chapters,
     COUNT { MATCH (a:Article) WHERE a.regulation = key } AS articles,
     COUNT { MATCH (o:Obligation) WHERE o.regulation = key } AS obligations,
     COUNT { MATCH (o:Obligation) WHERE o.regulation = key AND NOT EXISTS { (:Actor)-[:BEARS]->(o) } } AS unnamedObligations,
     COUNT { MATCH (r)-[:NAMES]->(:Actor) } AS actors,
     COUNT { MATCH (r)-[:NAMES]->(:Industry) } AS industries,
     COUNT { MATCH (:Actor)-[d:DEVELOPS]->(:Industry) WHERE d.regulation = key } AS zoneIndustries`,
);

/**
 * The zone a regulation is about, as the extraction defines it: the zone its title names (中国（上海）自由贸易试验区条例
 * → 中国（上海）自由贸易试验区), a ZONE actor it names that is no collective of Areas in it. A regulation whose title
 * names no zone (a law on foreign trade, a business-environment regulation) has none.
 */
export const WHOLE_ZONES = defineQuery<Keys<string>, { key: string; zone: ActorRow }>(
  'wholeZones',
  `UNWIND $keys AS key
   MATCH (r:Regulation {id: key})
   CALL (r) {
     MATCH (r)-[:NAMES]->(z:Actor {kind: 'ZONE'})
     WHERE r.title CONTAINS z.name AND NOT EXISTS { (:Actor)-[m:MEMBER_OF]->(z) WHERE m.regulation = r.id }
     RETURN z ORDER BY size(z.name) DESC, z.id LIMIT 1
   }
   RETURN key, ${ACTOR('z')} AS zone`,
);

export const CHAPTERS_OF_REGULATIONS = defineQuery<Keys<string>, { chapter: ChapterRow }>(
  'chaptersOfRegulations',
  `MATCH (c:Chapter) WHERE c.regulation IN $keys RETURN ${CHAPTER('c')} AS chapter ORDER BY c.regulation, c.number`,
);

export const ARTICLES_PAGE = defineQuery<PageParams & RegulationScope & { chapter: number | null }, PageRow<ArticleRow>>(
  'articlesPage',
  `MATCH (a:Article) WHERE ${IN_REGULATIONS('a')} AND ($chapter IS NULL OR a.chapter = $chapter)
   WITH a ORDER BY a.regulation, a.number
   ${PAGE_OF('a', ARTICLE('a'))}`,
);

export const ARTICLES_OF_CHAPTERS = defineQuery<Keys<string>, { key: string; article: ArticleRow }>(
  'articlesOfChapters',
  `UNWIND $keys AS key
   MATCH (:Chapter {id: key})-[:HAS_ARTICLE]->(a:Article)
   RETURN key, ${ARTICLE('a')} AS article ORDER BY a.number`,
);

export const PARAGRAPHS_OF_ARTICLES = defineQuery<Keys<string>, { key: string; paragraph: ParagraphRow }>(
  'paragraphsOfArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[:HAS_PARAGRAPH]->(p:Paragraph)
   RETURN key, ${PARAGRAPH('p')} AS paragraph ORDER BY p.number`,
);

export const ITEMS_OF_PARAGRAPHS = defineQuery<Keys<string>, { key: string; item: ItemRow }>(
  'itemsOfParagraphs',
  `UNWIND $keys AS key
   MATCH (:Paragraph {id: key})-[:HAS_ITEM]->(i:Item)
   RETURN key, ${ITEM('i')} AS item ORDER BY i.number`,
);

export const OBLIGATIONS_OF_ARTICLES = defineQuery<Keys<string>, { key: string; obligation: ObligationRow }>(
  'obligationsOfArticles',
  `UNWIND $keys AS key
   MATCH (:Article {id: key})-[:STATES]->(o:Obligation)
   RETURN key, ${OBLIGATION('o')} AS obligation ORDER BY ${OBLIGATION_ORDER('o')}`,
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
   RETURN key, ${ARTICLE('a')} AS article ORDER BY a.regulation, a.number`,
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

export interface StructureRow {
  key: string;
  regulation: RegulationRow;
  chapters: { number: number; title: string }[];
  articles: {
    number: number;
    chapter: number | null;
    heading: string | null;
    text: string;
    paragraphs: { number: number; text: string; items: { number: number; text: string }[] }[];
  }[];
  /** The actor the issuer is, when the regulation names it (its key names the issuer in exports). */
  issuers: ActorRow[];
}

/** A regulation's whole structure in one row: chapters, articles, their paragraphs and items, in order. */
export const STRUCTURES_OF_REGULATIONS = defineQuery<Keys<string>, StructureRow>(
  'structuresOfRegulations',
  `UNWIND $keys AS key
   MATCH (r:Regulation {id: key})
   RETURN key, ${REGULATION('r')} AS regulation,
     COLLECT { MATCH (c:Chapter) WHERE c.regulation = key RETURN c {.number, .title} ORDER BY c.number } AS chapters,
     COLLECT {
       MATCH (a:Article) WHERE a.regulation = key
       RETURN a {.number, .chapter, .heading, .text,
         paragraphs: COLLECT {
           MATCH (a)-[:HAS_PARAGRAPH]->(p:Paragraph)
           RETURN p {.number, .text, items: COLLECT { MATCH (p)-[:HAS_ITEM]->(i:Item) RETURN i {.number, .text} ORDER BY i.number }}
           ORDER BY p.number
         }} ORDER BY a.number
     } AS articles,
     COLLECT { MATCH (r)-[:NAMES]->(x:Actor) WHERE x.name = r.issuer OR r.issuer IN x.aliases RETURN ${ACTOR('x')} } AS issuers`,
);
