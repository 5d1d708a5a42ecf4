// Row shapes returned by the named queries, and the map projections that produce them. Projections list
// every property so that properties Neo4j does not store (nulls) come back as null rather than missing.
import type { ActorKind, BearerMethod, Modality, RegulationMeta } from '../../seed/types.ts';

/** A Regulation node holds exactly the metadata the parser read. */
export type RegulationRow = RegulationMeta;

export interface ChapterRow {
  id: string;
  number: number;
  title: string;
}

export interface ArticleRow {
  id: string;
  number: number;
  chapter: number | null;
  heading: string | null;
  text: string;
}

export interface ParagraphRow {
  id: string;
  article: number;
  number: number;
  text: string;
  /** JSON: [{target, start, end, surface}] with offsets into `text`. */
  mentions: string | null;
}

export interface ItemRow {
  id: string;
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
  zone: ActorRow;
  industry: IndustryRow;
  level: string;
  rank: number;
  levelEn: string | null;
  article: number;
  paragraph: number | null;
}

export const REGULATION = (v: string) =>
  `${v} {.id, .title, .issuer, .adopted, .promulgated, .noticeNumber, .effective}`;
export const CHAPTER = (v: string) => `${v} {.id, .number, .title}`;
export const ARTICLE = (v: string) => `${v} {.id, .number, .chapter, .heading, .text}`;
export const PARAGRAPH = (v: string) => `${v} {.id, .article, .number, .text, .mentions}`;
export const ITEM = (v: string) => `${v} {.id, .article, .paragraph, .number, .text, .mentions}`;
export const ACTOR = (v: string) => `${v} {.id, .name, .nameEn, .kind, .jurisdiction, .aliases}`;
export const INDUSTRY = (v: string) => `${v} {.id, .name, .nameEn, .gbCode, .aliases}`;
export const OBLIGATION = (v: string) => `${v} {.id, .modality, .marker, .bearerMethod, .subject, .text, .article, .paragraph, .item}`;
export const DOCUMENT = (v: string) => `${v} {.id, .title}`;
/** A DEVELOPS relationship `d` from zone `z` to industry `i`; a graph seeded before levels had ranks reads as rank 1. */
export const DEVELOPMENT = (z: string, d: string, i: string) =>
  `{zone: ${ACTOR(z)}, industry: ${INDUSTRY(i)}, level: ${d}.level, rank: coalesce(${d}.rank, 1), levelEn: ${d}.levelEn, ` +
  `article: ${d}.article, paragraph: ${d}.paragraph}`;

/** Reading order of obligations: by clause, then by id within a clause. */
export const OBLIGATION_ORDER = (v: string) => `${v}.article, ${v}.paragraph, coalesce(${v}.item, 0), ${v}.id`;
