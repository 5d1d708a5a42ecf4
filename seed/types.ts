// Typed data passed between the seed stages: text → ParsedRegulation → ExtractedGraph → Neo4j.
// The ExtractedGraph shape is also the downloadable dataset, documented by seed/extracted-graph.schema.json.

export interface RegulationMeta {
  /** Stable id, e.g. `regulation:xinjiang-ftz-2025`. */
  id: string;
  /** Full title without book-title marks, e.g. 中国（新疆）自由贸易试验区条例. */
  title: string;
  /** The body that adopted and promulgated it, e.g. 新疆维吾尔自治区人民代表大会常务委员会. */
  issuer: string | null;
  /** ISO dates (YYYY-MM-DD) or null when the text does not state them. */
  adopted: string | null;
  promulgated: string | null;
  /** Promulgation notice number as written, e.g. 第56号. */
  noticeNumber: string | null;
  effective: string | null;
}

export interface Chapter {
  number: number;
  title: string;
  /** 1-based line of the chapter heading in the source. */
  line: number;
}

export interface Item {
  /** （一） → 1 */
  number: number;
  /** Item text without its （一） marker, OCR line breaks joined. */
  text: string;
  line: number;
}

export interface Paragraph {
  /** 款 number within the article, from 1. */
  number: number;
  /** Paragraph text (without the 第X条 heading and without its items). */
  text: string;
  items: Item[];
  line: number;
}

export interface Article {
  number: number;
  /** Chapter number, or null for a regulation without chapters. */
  chapter: number | null;
  /** Optional article heading run inline, e.g. 第一条【立法目的】 → 立法目的. */
  heading: string | null;
  /** Whole article text: paragraphs and items, one per line, items with their （一） marker. */
  text: string;
  paragraphs: Paragraph[];
  line: number;
}

export interface ParsedRegulation {
  regulation: RegulationMeta;
  chapters: Chapter[];
  articles: Article[];
}

export const ACTOR_KINDS = [
  'LEGISLATURE',
  'LEADING_GROUP',
  'OFFICE',
  'ZONE',
  'REGIONAL_GOVERNMENT',
  'LOCAL_GOVERNMENT',
  'DEPARTMENT',
  'CENTRAL_AGENCY',
  'ZONE_AUTHORITY',
  'JUDICIARY',
  'INSTITUTION',
  'ENTERPRISE',
  'PERSON',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MODALITIES = ['SHALL', 'RESPONSIBLE', 'MAY', 'SUPPORT', 'ENCOURAGE', 'MUST_NOT'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface Actor {
  /** e.g. `actor:xinjiang-kashi-pianqu`; national bodies and shared roles without a jurisdiction prefix (`actor:guowuyuan`). */
  id: string;
  /** Canonical Chinese name, with the jurisdiction's name where the text's words mean it (市人民政府 → 上海市人民政府). */
  name: string;
  nameEn: string;
  kind: ActorKind;
  /** The jurisdiction a local body belongs to (上海市); null for national bodies and for roles such as 企业. */
  jurisdiction: string | null;
  /** Other surface forms, including abbreviations defined by the text (以下简称…). */
  aliases: string[];
  /** For collective actors (各片区, 中央驻疆单位): the ids of the members the text resolves them to. */
  members: string[];
}

export interface Industry {
  /** e.g. `industry:fangzhi-fuzhuang` (pinyin of its name). */
  id: string;
  name: string;
  nameEn: string;
  /** GB/T 4754-2017 code where one clearly applies, else null. */
  gbCode: string | null;
  aliases: string[];
}

/** Where a piece of text sits: article, paragraph (款) and item (项, null when the text is the paragraph's own). */
export interface ClauseRef {
  article: number;
  paragraph: number;
  item: number | null;
}

/**
 * How the rules found an obligation's bearers: the clause's own subject (a name of the vocabulary, a
 * coordination of names, a defined term), 会同 co-bearers, the agent of 由…负责, the introduction of a list of
 * items, an earlier part of the same sentence, an earlier sentence of the article; UNRESOLVED when the clause
 * has a subject the rules cannot place (its words are kept in `subject`), NONE when the text names no one.
 */
export const BEARER_METHODS = [
  'SUBJECT',
  'COORDINATION',
  'DEFINED_TERM',
  'CO_BEARER',
  'AGENT',
  'LIST_INTRODUCTION',
  'SAME_SENTENCE',
  'EARLIER_SENTENCE',
  'UNRESOLVED',
  'NONE',
] as const;
export type BearerMethod = (typeof BEARER_METHODS)[number];

export interface Obligation extends ClauseRef {
  /** e.g. `obligation:xinjiang-ftz-2025/10-2-1-1`: regulation/article-paragraph-item-n, item 0 for the paragraph itself, n counting the obligations of that text. */
  id: string;
  modality: Modality;
  /** The modal marker as it appears, e.g. 应当, 负责, 履行下列职责. */
  marker: string;
  bearers: string[];
  /** How the bearers were found. */
  bearerMethod: BearerMethod;
  /** The subject's words when the rules could not place them (bearerMethod UNRESOLVED), else null. */
  subject: string | null;
  beneficiaries: string[];
  industries: string[];
  /** Exact clause text as it appears in the joined paragraph or item text. */
  text: string;
}

export interface ZoneIndustry {
  /** Actor id of the zone (or of the FTZ as a whole for region-wide commitments). */
  zone: string;
  industry: string;
  /** Verb phrase that introduces the link, as written, e.g. 重点发展. */
  level: string;
  /** Strength of the level from the vocabulary (seed/vocabulary/development-levels.json), higher is stronger; 1 for a level it lacks. */
  rank: number;
  /** English gloss of the level, e.g. "focus on" for 重点发展; null for a level the vocabulary lacks. */
  levelEn: string | null;
  article: number;
  paragraph: number;
}

export interface Definition {
  /** The short form, e.g. 领导小组. */
  term: string;
  /** The full form it stands for. */
  full: string;
  article: number;
  /** Actor the term names, when it names one. */
  actor: string | null;
}

export interface Reference {
  /** Cited document title without 《》. */
  title: string;
  articles: number[];
}

/** One occurrence of an actor or industry in a clause, with offsets into that clause's text. */
export interface Mention extends ClauseRef {
  target: string;
  start: number;
  end: number;
  surface: string;
}

export interface ExtractedGraph {
  regulation: RegulationMeta;
  chapters: Chapter[];
  articles: Article[];
  actors: Actor[];
  industries: Industry[];
  obligations: Obligation[];
  zoneIndustries: ZoneIndustry[];
  definitions: Definition[];
  references: Reference[];
  mentions: Mention[];
  /**
   * Actors and industries whose English name, kind or code the regulation's notes set (curated data, not
   * rules). A body several regulations share takes its names from a regulation that curated it.
   */
  curated?: { actors: string[]; industries: string[] };
}

/** A problem with the input text, located at a 1-based line. */
export class RegulationFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'RegulationFormatError';
  }
}
