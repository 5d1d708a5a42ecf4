// Row shapes returned by the named queries, and the map projections that produce them. Projections list
// every property so that properties Neo4j does not store (nulls) come back as null rather than missing.
import type { ActorKind, BearerMethod, Modality, RegulationMeta } from '../../seed/types.ts';

/** A Regulation node holds the metadata the parser read, and the work it is a version of (graph-keys workOf). */
export type RegulationRow = RegulationMeta & { work: string | null };

export interface ChapterRow {
  id: string;
  /** Key of the regulation it belongs to, as for every row below that a regulation owns or states. */
  regulation: string;
  number: number;
  title: string;
}

export interface ArticleRow {
  id: string;
  regulation: string;
  number: number;
  chapter: number | null;
  heading: string | null;
  text: string;
}

export interface ParagraphRow {
  id: string;
  regulation: string;
  article: number;
  number: number;
  text: string;
  /** JSON: [{target, start, end, surface}] with offsets into `text`. */
  mentions: string | null;
}

export interface ItemRow {
  id: string;
  regulation: string;
  article: number;
  paragraph: number;
  number: number;
  text: string;
  mentions: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  nameEn: string;
  kind: ActorKind;
  jurisdiction: string | null;
  aliases: string[] | null;
}

export interface IndustryRow {
  id: string;
  name: string;
  nameEn: string;
  gbCode: string | null;
  aliases: string[] | null;
}

export interface ObligationRow {
  id: string;
  regulation: string;
  modality: Modality;
  marker: string;
  bearerMethod: BearerMethod;
  subject: string | null;
  text: string;
  article: number;
  paragraph: number;
  item: number | null;
}

export interface DocumentRow {
  id: string;
  title: string;
}

/** A zone → industry link (a DEVELOPS relationship) with both ends. */
export interface DevelopmentRow {
  regulation: string;
  zone: ActorRow;
  industry: IndustryRow;
  level: string;
  rank: number;
  levelEn: string | null;
  article: number;
  paragraph: number | null;
}

export const REGULATION = (v: string) =>
  `${v} {.id, .title, .issuer, .adopted, .promulgated, .noticeNumber, .effective, .work}`;
export const CHAPTER = (v: string) => `${v} {.id, .regulation, .number, .title}`;
export const ARTICLE = (v: string) => `${v} {.id, .regulation, .number, .chapter, .heading, .text}`;
/**
 * An article whose text (most of its row) comes only with `$articleText`: statements whose article rows may be
 * primed into the request's loader take it, false when no field of the request reads an article's text
 * (server/schema/article-text.ts); the row's `text` is then null.
 */
export const ARTICLE_AS_ASKED = (v: string) => `${v} {.id, .regulation, .number, .chapter, .heading, text: CASE WHEN $articleText THEN ${v}.text END}`;
/** The parameter of statements that project ARTICLE_AS_ASKED. */
export type ArticleText = { articleText: boolean };
export const PARAGRAPH = (v: string) => `${v} {.id, .regulation, .article, .number, .text, .mentions}`;
export const ITEM = (v: string) => `${v} {.id, .regulation, .article, .paragraph, .number, .text, .mentions}`;
export const ACTOR = (v: string) => `${v} {.id, .name, .nameEn, .kind, .jurisdiction, .aliases}`;
export const INDUSTRY = (v: string) => `${v} {.id, .name, .nameEn, .gbCode, .aliases}`;
export const OBLIGATION = (v: string) => `${v} {.id, .regulation, .modality, .marker, .bearerMethod, .subject, .text, .article, .paragraph, .item}`;
export const DOCUMENT = (v: string) => `${v} {.id, .title}`;
/** A DEVELOPS relationship `d` from zone `z` to industry `i`; a graph seeded before levels had ranks reads as rank 1. */
export const DEVELOPMENT = (z: string, d: string, i: string) => developmentWith(d, ACTOR(z), INDUSTRY(i));
const developmentWith = (d: string, zone: string, industry: string) =>
  `{regulation: ${d}.regulation, zone: ${zone}, industry: ${industry}, level: ${d}.level, rank: coalesce(${d}.rank, 1), levelEn: ${d}.levelEn, ` +
  `article: ${d}.article, paragraph: ${d}.paragraph}`;

/** Reading order of obligations: by regulation, clause, then by id within a clause. */
export const OBLIGATION_ORDER = (v: string) => `${v}.regulation, ${v}.article, ${v}.paragraph, coalesce(${v}.item, 0), ${v}.id`;

/**
 * `$regulations`: the regulation keys a question is scoped to, null for all. Owned nodes and stated links
 * carry their regulation's key; shared nodes are in scope when a regulation in it names them.
 */
export const IN_REGULATIONS = (v: string) => `($regulations IS NULL OR ${v}.regulation IN $regulations)`;
export const NAMED_IN_REGULATIONS = (v: string) =>
  `($regulations IS NULL OR EXISTS { MATCH (scope:Regulation)-[:NAMES]->(${v}) WHERE scope.id IN $regulations })`;

/** The scope parameter of every query that takes one. */
export type RegulationScope = { regulations: readonly string[] | null };
