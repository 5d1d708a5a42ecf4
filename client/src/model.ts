// The vocabulary of the graph as the client shows it: node types, actor kinds, modalities and edge types.
// Enum types come from the API schema (api/graphql.ts); `satisfies` and SchemaCoverage make the build fail
// when the schema renames, removes or adds a value.
import type { ActorKind, GraphNodeType, Modality } from './api/graphql.ts';

export type { ActorKind, Modality };

export const ACTOR_KINDS = [
  'LEGISLATURE',
  'LEADING_GROUP',
  'OFFICE',
  'REGIONAL_GOVERNMENT',
  'LOCAL_GOVERNMENT',
  'ZONE',
  'ZONE_AUTHORITY',
  'DEPARTMENT',
  'CENTRAL_AGENCY',
  'JUDICIARY',
  'INSTITUTION',
  'ENTERPRISE',
  'PERSON',
  'OTHER',
] as const satisfies readonly ActorKind[];

/** Strongest first: the order of the matrix columns and of the obligation groups in the details panel. */
export const MODALITIES = ['SHALL', 'RESPONSIBLE', 'MUST_NOT', 'MAY', 'SUPPORT', 'ENCOURAGE'] as const satisfies readonly Modality[];

export const NODE_TYPES = [
  'ACTOR',
  'INDUSTRY',
  'OBLIGATION',
  'ARTICLE',
  'PARAGRAPH',
  'ITEM',
  'CHAPTER',
  'DOCUMENT',
  'REGULATION',
] as const satisfies readonly GraphNodeType[];
export type NodeType = (typeof NODE_TYPES)[number];

// Compile-time check: fails when the schema gains an enum value that the lists above do not cover.
type Covered<Missing extends never> = Missing;
export type SchemaCoverage = [
  Covered<Exclude<ActorKind, (typeof ACTOR_KINDS)[number]>>,
  Covered<Exclude<Modality, (typeof MODALITIES)[number]>>,
  Covered<Exclude<GraphNodeType, NodeType>>,
];

/**
 * What the legend toggles: an actor's kind, or the node type of anything else. Actor kinds are
 * values and node types are disjoint sets of names, so one list serves both.
 */
export type NodeCategory = ActorKind | Exclude<NodeType, 'ACTOR'>;
export const NODE_CATEGORIES: readonly NodeCategory[] = [...ACTOR_KINDS, ...NODE_TYPES.filter((t): t is Exclude<NodeType, 'ACTOR'> => t !== 'ACTOR')];

/** What an expansion may add (paragraphs, items and the chapter tree are reached through the reader instead). */
export const EXPANDABLE_TYPES = ['ACTOR', 'INDUSTRY', 'OBLIGATION', 'ARTICLE', 'DOCUMENT'] as const satisfies readonly NodeType[];
export type ExpandableType = (typeof EXPANDABLE_TYPES)[number];

/** The kinds shown on the opening overview: the management structure the regulation sets up. */
export const OVERVIEW_KINDS: readonly ActorKind[] = [
  'LEGISLATURE',
  'LEADING_GROUP',
  'OFFICE',
  'REGIONAL_GOVERNMENT',
  'LOCAL_GOVERNMENT',
  'ZONE',
  'ZONE_AUTHORITY',
  'CENTRAL_AGENCY',
];

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isModality(value: unknown): value is Modality {
  return typeof value === 'string' && (MODALITIES as readonly string[]).includes(value);
}

export function isNodeCategory(value: unknown): value is NodeCategory {
  return typeof value === 'string' && (NODE_CATEGORIES as readonly string[]).includes(value);
}

/** Where a piece of text sits in the regulation: article, paragraph (款) and item (项, null for the paragraph's own text). */
export interface ClauseRef {
  article: number;
  paragraph: number;
  item: number | null;
}

/** `28`, `28-2` or `28-2-3`: the compact form used in the URL and in element ids. */
export function formatClauseRef(ref: ClauseRef): string {
  return ref.item === null ? `${ref.article}-${ref.paragraph}` : `${ref.article}-${ref.paragraph}-${ref.item}`;
}

export function parseClauseRef(text: string): ClauseRef | null {
  const match = /^(\d{1,3})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return { article: Number(match[1]), paragraph: Number(match[2]), item: match[3] === undefined ? null : Number(match[3]) };
}

// What a regulation owns is keyed under its slug (schema.graphql, `key`): article:<slug>/28 for its Article 28.
const ARTICLE_KEY = /^article:([^/]+)\/(\d+)$/;

/** The key of an article of a regulation: (`regulation:<slug>`, 28) → `article:<slug>/28`. */
export function articleKeyIn(regulation: string, number: number): string {
  return `article:${regulation.replace(/^regulation:/, '')}/${number}`;
}

/** The regulation and number an article key names; null for anything else. */
export function parseArticleKey(key: string): { regulation: string; number: number } | null {
  const match = ARTICLE_KEY.exec(key);
  return match ? { regulation: `regulation:${match[1]!}`, number: Number(match[2]) } : null;
}
