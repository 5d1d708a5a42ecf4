// Pure mapping from the extracted graph to the rows the loader writes: nodes per label, relationships per
// (type, from label, to label). Labels and types come from these constants only, never from input, because
// Cypher cannot take them as parameters.
import { createHash } from 'node:crypto';
import { articleKey, chapterKey, itemKey, paragraphKey, workOf } from './graph-keys.ts';
import type { ExtractedGraph, Mention } from './types.ts';

export const NODE_LABELS = [
  'Regulation',
  'Chapter',
  'Article',
  'Paragraph',
  'Item',
  'Actor',
  'Industry',
  'Obligation',
  'Document',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Every node the loader writes also carries this label, unique and indexed on `id`, so that a lookup by key
 * whatever the node's kind (the explorer's neighbourhoods and paths) uses an index instead of scanning every node.
 */
export const KEYED_LABEL = 'Keyed';

/**
 * Part of the content hash: bump it when the way a graph is written changes (labels, properties), so that a
 * database loaded by an older RegAtlas is re-seeded although the text is the same.
 */
export const GRAPH_MODEL_VERSION = 5;

export const RELATIONSHIP_TYPES = [
  'HAS_CHAPTER',
  'HAS_ARTICLE',
  'HAS_PARAGRAPH',
  'HAS_ITEM',
  'STATES',
  'SOURCE',
  'BEARS',
  'BENEFITS',
  'CONCERNS',
  'DEVELOPS',
  'MEMBER_OF',
  'MENTIONS',
  'CITES',
  'DEFINES',
  'NAMES',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Property values Neo4j can store: no nested objects, no nulls inside lists. */
export type PropertyValue = string | number | boolean | null | string[] | number[];
export type NodeRow = { id: string } & Record<string, PropertyValue>;

export interface RelationshipRow {
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
}

export interface RelationshipGroup {
  type: RelationshipType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphRows {
  nodes: Record<NodeLabel, NodeRow[]>;
  relationships: RelationshipGroup[];
  /** Hash of the extracted graph, stored on the Regulation node to tell whether a re-seed is needed. */
  contentHash: string;
}

/** Nodes one regulation owns, keyed under it and replaced whole when it is re-seeded. */
export const OWNED_LABELS = ['Chapter', 'Article', 'Paragraph', 'Item', 'Obligation'] as const satisfies readonly NodeLabel[];
/** Nodes every regulation that names them shares (linked by NAMES); removed when no regulation names them. */
export const SHARED_LABELS = ['Actor', 'Industry', 'Document'] as const satisfies readonly NodeLabel[];
/** Relationships between shared nodes that one regulation states: they carry its id in `regulation`. */
export const REGULATION_STATED_TYPES = ['DEVELOPS', 'MEMBER_OF'] as const satisfies readonly RelationshipType[];

/** A stable, readable id for a cited document: its title is the identity. */
export function documentId(title: string): string {
  return `document:${createHash('sha256').update(title).digest('hex').slice(0, 12)}`;
}

export function hashGraph(graph: ExtractedGraph): string {
  return createHash('sha256').update(`model ${GRAPH_MODEL_VERSION}\n`).update(JSON.stringify(graph)).digest('hex');
}

function group(
  groups: Map<string, RelationshipGroup>,
  type: RelationshipType,
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  row: RelationshipRow,
): void {
  const key = `${type}:${fromLabel}:${toLabel}`;
  let existing = groups.get(key);
  if (!existing) {
    existing = { type, fromLabel, toLabel, rows: [] };
    groups.set(key, existing);
  }
  existing.rows.push(row);
}

const clauseKey = (article: number, paragraph: number, item: number | null) => `${article}-${paragraph}-${item ?? 0}`;

/** `contentHash`: pass it when already computed (loadIfChanged did), so the graph is not serialised twice. */
export function toGraphRows(graph: ExtractedGraph, contentHash: string = hashGraph(graph)): GraphRows {
  const groups = new Map<string, RelationshipGroup>();
  const add = (type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, from: string, to: string, props = {}) =>
    group(groups, type, fromLabel, toLabel, { from, to, props });

  const mentionsByClause = new Map<string, Mention[]>();
  for (const mention of graph.mentions) {
    const key = clauseKey(mention.article, mention.paragraph, mention.item);
    const list = mentionsByClause.get(key) ?? [];
    list.push(mention);
    mentionsByClause.set(key, list);
  }
  const mentionsJson = (article: number, paragraph: number, item: number | null) =>
    JSON.stringify(
      (mentionsByClause.get(clauseKey(article, paragraph, item)) ?? []).map(({ target, start, end, surface }) => ({
        target,
        start,
        end,
        surface,
      })),
    );

  const { regulation } = graph;
  const owner = regulation.id;
  const chapterId = (chapter: number) => chapterKey(owner, chapter);
  const articleId = (article: number) => articleKey(owner, article);
  const paragraphId = (article: number, paragraph: number) => paragraphKey(owner, article, paragraph);
  const itemId = (article: number, paragraph: number, item: number) => itemKey(owner, article, paragraph, item);
  const nodes: Record<NodeLabel, NodeRow[]> = {
    Regulation: [{ ...regulation, work: workOf(regulation.title), contentHash, graphModel: GRAPH_MODEL_VERSION }],
    Chapter: graph.chapters.map((c) => ({ id: chapterId(c.number), regulation: owner, number: c.number, title: c.title })),
    Article: [],
    Paragraph: [],
    Item: [],
    Actor: graph.actors.map((a) => ({
      id: a.id,
      name: a.name,
      nameEn: a.nameEn,
      kind: a.kind,
      jurisdiction: a.jurisdiction,
      aliases: a.aliases,
      // Full-text indexes cannot index lists, so aliases are also kept as one searchable string.
      aliasesText: a.aliases.join(' '),
    })),
    Industry: graph.industries.map((i) => ({
      id: i.id,
      name: i.name,
      nameEn: i.nameEn,
      gbCode: i.gbCode,
      aliases: i.aliases,
      aliasesText: i.aliases.join(' '),
    })),
    Obligation: graph.obligations.map((o) => ({
      id: o.id,
      regulation: owner,
      modality: o.modality,
      marker: o.marker,
      bearerMethod: o.bearerMethod,
      subject: o.subject,
      text: o.text,
      article: o.article,
      paragraph: o.paragraph,
      item: o.item,
    })),
    Document: graph.references.map((r) => ({ id: documentId(r.title), title: r.title })),
  };

  for (const chapter of graph.chapters) add('HAS_CHAPTER', 'Regulation', 'Chapter', regulation.id, chapterId(chapter.number));
  for (const article of graph.articles) {
    const id = articleId(article.number);
    nodes.Article.push({ id, regulation: owner, number: article.number, chapter: article.chapter, heading: article.heading, text: article.text });
    if (article.chapter === null) add('HAS_ARTICLE', 'Regulation', 'Article', regulation.id, id);
    else add('HAS_ARTICLE', 'Chapter', 'Article', chapterId(article.chapter), id);
    for (const paragraph of article.paragraphs) {
      const pId = paragraphId(article.number, paragraph.number);
      nodes.Paragraph.push({
        id: pId,
        regulation: owner,
        article: article.number,
        number: paragraph.number,
        text: paragraph.text,
        mentions: mentionsJson(article.number, paragraph.number, null),
      });
      add('HAS_PARAGRAPH', 'Article', 'Paragraph', id, pId);
      for (const item of paragraph.items) {
        const iId = itemId(article.number, paragraph.number, item.number);
        nodes.Item.push({
          id: iId,
          regulation: owner,
          article: article.number,
          paragraph: paragraph.number,
          number: item.number,
          text: item.text,
          mentions: mentionsJson(article.number, paragraph.number, item.number),
        });
        add('HAS_ITEM', 'Paragraph', 'Item', pId, iId);
      }
    }
  }

  for (const o of graph.obligations) {
    add('STATES', 'Article', 'Obligation', articleId(o.article), o.id);
    if (o.item === null) add('SOURCE', 'Obligation', 'Paragraph', o.id, paragraphId(o.article, o.paragraph));
    else add('SOURCE', 'Obligation', 'Item', o.id, itemId(o.article, o.paragraph, o.item));
    for (const bearer of o.bearers) add('BEARS', 'Actor', 'Obligation', bearer, o.id);
    for (const beneficiary of o.beneficiaries) add('BENEFITS', 'Obligation', 'Actor', o.id, beneficiary);
    for (const industry of o.industries) add('CONCERNS', 'Obligation', 'Industry', o.id, industry);
  }
  for (const link of graph.zoneIndustries) {
    add('DEVELOPS', 'Actor', 'Industry', link.zone, link.industry, {
      level: link.level,
      rank: link.rank,
      levelEn: link.levelEn,
      article: link.article,
      paragraph: link.paragraph,
      regulation: owner,
    });
  }
  for (const actor of graph.actors) {
    for (const member of actor.members) add('MEMBER_OF', 'Actor', 'Actor', member, actor.id, { regulation: owner });
  }
  // Each regulation's own view of a shared node rides on its NAMES link, so that the node's names can be chosen
  // again whenever a regulation comes or goes (a curated one first: seed/load-graph.ts).
  const curatedActors = new Set(graph.curated?.actors ?? []);
  const curatedIndustries = new Set(graph.curated?.industries ?? []);
  for (const actor of graph.actors) {
    add('NAMES', 'Regulation', 'Actor', owner, actor.id, { aliases: actor.aliases, nameEn: actor.nameEn, kind: actor.kind, curated: curatedActors.has(actor.id) });
  }
  for (const industry of graph.industries) {
    add('NAMES', 'Regulation', 'Industry', owner, industry.id, {
      aliases: industry.aliases,
      nameEn: industry.nameEn,
      gbCode: industry.gbCode,
      curated: curatedIndustries.has(industry.id),
    });
  }
  for (const document of nodes.Document) add('NAMES', 'Regulation', 'Document', owner, document.id, { aliases: [] });

  const mentionCounts = new Map<string, { article: number; target: string; count: number }>();
  for (const m of graph.mentions) {
    const key = `${m.article}|${m.target}`;
    const entry = mentionCounts.get(key) ?? { article: m.article, target: m.target, count: 0 };
    entry.count += 1;
    mentionCounts.set(key, entry);
  }
  const actorIds = new Set(graph.actors.map((a) => a.id));
  for (const { article, target, count } of mentionCounts.values()) {
    add('MENTIONS', 'Article', actorIds.has(target) ? 'Actor' : 'Industry', articleId(article), target, { count });
  }
  for (const reference of graph.references) {
    for (const article of reference.articles) add('CITES', 'Article', 'Document', articleId(article), documentId(reference.title));
  }
  for (const d of graph.definitions) {
    if (d.actor) add('DEFINES', 'Article', 'Actor', articleId(d.article), d.actor, { term: d.term, full: d.full });
  }

  return { nodes, relationships: [...groups.values()], contentHash };
}
