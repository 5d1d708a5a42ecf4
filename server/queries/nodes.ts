// Nodes by stable id, one query per label (labels cannot be parameters). Used by the per-request
// DataLoaders: every `article`, `actor`… field in a request is answered by one of these, batched.
import { defineQuery } from './named-query.ts';
import {
  ACTOR,
  ARTICLE_AS_ASKED,
  CHAPTER,
  DOCUMENT,
  INDUSTRY,
  ITEM,
  OBLIGATION,
  PARAGRAPH,
  REGULATION,
  type ActorRow,
  type ArticleRow,
  type ArticleText,
  type ChapterRow,
  type DocumentRow,
  type IndustryRow,
  type ItemRow,
  type ObligationRow,
  type ParagraphRow,
  type RegulationRow,
} from './rows.ts';

type Ids = { ids: readonly string[] };

const byIds = <Row, Params extends Ids = Ids>(label: string, projection: (v: string) => string) =>
  defineQuery<Params, { node: Row }>(
    `${label.charAt(0).toLowerCase()}${label.slice(1)}NodesByIds`,
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN ${projection('n')} AS node`,
  );

export const REGULATIONS_BY_IDS = byIds<RegulationRow>('Regulation', REGULATION);
export const CHAPTERS_BY_IDS = byIds<ChapterRow>('Chapter', CHAPTER);
export const ARTICLES_BY_IDS = byIds<ArticleRow, Ids & ArticleText>('Article', ARTICLE_AS_ASKED);
export const PARAGRAPHS_BY_IDS = byIds<ParagraphRow>('Paragraph', PARAGRAPH);
export const ITEMS_BY_IDS = byIds<ItemRow>('Item', ITEM);
export const ACTORS_BY_IDS = byIds<ActorRow>('Actor', ACTOR);
export const INDUSTRIES_BY_IDS = byIds<IndustryRow>('Industry', INDUSTRY);
export const OBLIGATIONS_BY_IDS = byIds<ObligationRow>('Obligation', OBLIGATION);
export const DOCUMENTS_BY_IDS = byIds<DocumentRow>('Document', DOCUMENT);
