// Subgraphs shaped for Cytoscape: `nodes` and `edges` whose `id`, `source` and `target` are stable graph keys,
// so the client can merge answers and put keys in URLs. Mapping raw rows to elements is pure (toGraphView).
import { AS_OF_ARG_DESCRIPTION, scopeAt } from './scope.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../seed/graph-rows.ts';
import { MAX_NEIGHBORHOOD_DEPTH, NEIGHBORHOOD, type RawGraphEdge, type RawGraphNode } from '../queries/graph-view.ts';
import { obligationGist } from '../../seed/obligation-gist.ts';
import { runQuery } from '../queries/named-query.ts';
import { parseMentions } from './article.ts';
import { builder } from './builder.ts';
import { articleLabels, chapterLabels, ClauseRef, clauseLabels, type ClauseShape } from './clause.ts';
import { badInput } from './pagination.ts';
import { selectsOnly } from './selected-fields.ts';

export const MAX_NEIGHBORHOOD_LIMIT = 1000;
export const DEFAULT_NEIGHBORHOOD_LIMIT = 200;
export const MAX_SEED_IDS = 50;

type NodeType = Uppercase<NodeLabel>;

export interface GraphNodeShape {
  id: string;
  type: NodeType;
  label: string;
  labelEn: string | null;
  clause: ClauseShape | null;
  data: Record<string, unknown>;
}

export interface GraphEdgeShape {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  label: string;
  labelEn: string;
  clause: ClauseShape | null;
  data: Record<string, unknown>;
}

export interface GraphViewShape {
  nodes: GraphNodeShape[];
  edges: GraphEdgeShape[];
  truncated: boolean;
  totalNodes: number;
}

const toNodeType = (label: NodeLabel) => label.toUpperCase() as NodeType;
const LABEL_BY_TYPE = new Map(NODE_LABELS.map((label) => [toNodeType(label), label]));

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const num = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** Where a clause node (paragraph, item, obligation) sits, from its properties; null for any other node. */
export function clauseOfNode(label: NodeLabel, p: Record<string, unknown>): ClauseShape | null {
  const regulation = typeof p.regulation === 'string' ? p.regulation : null;
  switch (label) {
    case 'Paragraph':
      return { regulation, article: num(p.article), paragraph: num(p.number), item: null };
    case 'Item':
      return { regulation, article: num(p.article), paragraph: num(p.paragraph), item: num(p.number) };
    case 'Obligation':
      return { regulation, article: num(p.article), paragraph: num(p.paragraph), item: p.item == null ? null : num(p.item) };
    default:
      return null;
  }
}

/** Display labels in Chinese and English for a node, from its label and properties. */
export function describeNode(label: NodeLabel, p: Record<string, unknown>): { label: string; labelEn: string | null } {
  switch (label) {
    case 'Regulation':
      return { label: str(p.title), labelEn: 'Regulation' };
    case 'Chapter': {
      const chapter = chapterLabels(num(p.number));
      return { label: `${chapter.label} ${str(p.title)}`, labelEn: chapter.labelEn };
    }
    case 'Article':
      return articleLabels(num(p.number));
    case 'Paragraph':
    case 'Item':
      return clauseLabels(clauseOfNode(label, p)!);
    case 'Actor':
    case 'Industry':
      return { label: str(p.name), labelEn: p.nameEn == null ? null : str(p.nameEn) };
    case 'Obligation': {
      const text = str(p.text);
      return {
        label: `${str(p.marker)}：${text.length > 20 ? `${text.slice(0, 20)}…` : text}`,
        labelEn: `${str(p.modality)} ${clauseLabels(clauseOfNode(label, p)!).labelEn}`,
      };
    }
    case 'Document':
      return { label: `《${str(p.title)}》`, labelEn: null };
  }
}

/** The clause a relationship's properties name (a DEVELOPS link's article and paragraph), or null. */
function clauseOfEdge(p: Record<string, unknown>): ClauseShape | null {
  if (typeof p.article !== 'number' || typeof p.paragraph !== 'number') return null;
  return { regulation: typeof p.regulation === 'string' ? p.regulation : null, article: p.article, paragraph: p.paragraph, item: null };
}

const EDGE_LABELS: Record<RelationshipType, { zh: string; en: string }> = {
  HAS_CHAPTER: { zh: '包含章', en: 'has chapter' },
  HAS_ARTICLE: { zh: '包含条', en: 'has article' },
  HAS_PARAGRAPH: { zh: '包含款', en: 'has paragraph' },
  HAS_ITEM: { zh: '包含项', en: 'has item' },
  STATES: { zh: '规定', en: 'states' },
  SOURCE: { zh: '出处', en: 'source' },
  BEARS: { zh: '承担', en: 'bears' },
  BENEFITS: { zh: '惠及', en: 'benefits' },
  CONCERNS: { zh: '涉及', en: 'concerns' },
  DEVELOPS: { zh: '发展', en: 'develops' },
  MEMBER_OF: { zh: '属于', en: 'member of' },
  MENTIONS: { zh: '提及', en: 'mentions' },
  CITES: { zh: '引用', en: 'cites' },
  DEFINES: { zh: '简称', en: 'short form' },
  NAMES: { zh: '载有', en: 'names' },
};

/** Display labels in Chinese and English for a relationship: a DEVELOPS edge is labelled by its level and the level's gloss. */
export function describeEdge(type: RelationshipType, p: Record<string, unknown>): { label: string; labelEn: string } {
  const { zh, en } = EDGE_LABELS[type];
  if (type === 'DEVELOPS' && typeof p.level === 'string') return { label: p.level, labelEn: typeof p.levelEn === 'string' ? p.levelEn : en };
  if (type === 'DEFINES' && typeof p.term === 'string') return { label: `${zh} ${p.term}`, labelEn: `${en} ${p.term}` };
  if (type === 'MENTIONS' && typeof p.count === 'number') return { label: `${zh} ×${p.count}`, labelEn: `${en} ×${p.count}` };
  return { label: zh, labelEn: en };
}

/**
 * GraphNode fields computed from NODE_SUMMARY_VIEW's properties alone: a request asking only these of its nodes is
 * answered from narrower rows. Listed as known safe, so a field added later brings the whole rows back until it is
 * listed here.
 */
export const GRAPH_NODE_SUMMARY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'type', 'label', 'labelEn', 'clause']);

// Internal bookkeeping that means nothing to a reader of the graph.
const HIDDEN_PROPERTIES = new Set(['contentHash', 'aliasesText']);

function nodeData(props: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (HIDDEN_PROPERTIES.has(key)) continue;
    data[key] = key === 'mentions' && typeof value === 'string' ? parseMentions(value) : value;
  }
  return data;
}

/**
 * Raw rows → Cytoscape-ready elements: one node per key, relationships deduplicated, edges kept only when
 * both ends are among the nodes, in the order given (a path stays in path order). Edge ids are
 * `source|TYPE|target`; parallel edges of one type (e.g. DEVELOPS stated by two articles) get `|2`, `|3`…
 * in the order of their properties, so ids do not depend on the order the database returned them in.
 */
export function toGraphView(rawNodes: readonly RawGraphNode[], rawEdges: readonly RawGraphEdge[], totalNodes: number): GraphViewShape {
  const nodes: GraphNodeShape[] = [];
  const keys = new Set<string>();
  for (const raw of rawNodes) {
    const label = NODE_LABELS.find((l) => raw.labels.includes(l));
    const id = raw.props.id;
    if (!label || typeof id !== 'string' || keys.has(id)) continue;
    keys.add(id);
    nodes.push({ id, type: toNodeType(label), ...describeNode(label, raw.props), clause: clauseOfNode(label, raw.props), data: nodeData(raw.props) });
  }

  const seen = new Set<string>();
  const kept = rawEdges.filter((e) => {
    if (seen.has(e.key) || !keys.has(e.source) || !keys.has(e.target)) return false;
    seen.add(e.key);
    return (RELATIONSHIP_TYPES as readonly string[]).includes(e.type);
  });

  const baseOf = (e: RawGraphEdge) => `${e.source}|${e.type}|${e.target}`;
  const parallel = new Map<string, string[]>();
  for (const e of kept) {
    const list = parallel.get(baseOf(e)) ?? [];
    list.push(JSON.stringify(e.props));
    parallel.set(baseOf(e), list);
  }
  for (const list of parallel.values()) list.sort();

  const edges = kept.map((e): GraphEdgeShape => {
    const type = e.type as RelationshipType;
    const base = baseOf(e);
    const siblings = parallel.get(base) ?? [];
    const rank = siblings.indexOf(JSON.stringify(e.props)) + 1;
    // Identical parallel edges share props: take the next free rank.
    siblings[rank - 1] = '\u0000taken';
    return {
      id: rank <= 1 ? base : `${base}|${rank}`,
      source: e.source,
      target: e.target,
      type,
      ...describeEdge(type, e.props),
      clause: clauseOfEdge(e.props),
      data: e.props,
    };
  });

  return { nodes, edges, truncated: totalNodes > nodes.length, totalNodes };
}

builder.scalarType('JSON', {
  description: 'Any JSON value (here: the stored properties of a graph element).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

const GraphNodeTypeEnum = builder.enumType('GraphNodeType', {
  description: 'The type (Neo4j label) of a graph node.',
  values: Object.fromEntries(NODE_LABELS.map((label) => [toNodeType(label), { description: `A ${label} node.` }])) as Record<
    NodeType,
    { description: string }
  >,
});

export const GraphEdgeTypeEnum = builder.enumType('GraphEdgeType', {
  description: 'The type of a graph relationship.',
  values: Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, { description: `${EDGE_LABELS[type].zh} (${type} relationship).` }]),
  ) as Record<RelationshipType, { description: string }>,
});

const GraphNode = builder.objectRef<GraphNodeShape>('GraphNode').implement({
  description: 'A node for a graph view (Cytoscape element `data`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable graph key (not a Relay id), e.g. `actor:haiguan`.' }),
    type: t.field({ type: GraphNodeTypeEnum, description: 'Node type.', resolve: (n) => n.type }),
    label: t.exposeString('label', { description: 'Chinese display label.' }),
    labelEn: t.exposeString('labelEn', { nullable: true, description: 'English display label, when there is one.' }),
    clause: t.field({
      type: ClauseRef,
      nullable: true,
      description: 'Where a paragraph, item or obligation sits, with its labels; null for other nodes.',
      resolve: (n) => n.clause,
    }),
    gist: t.string({
      nullable: true,
      description: 'For an obligation, a short word-safe excerpt of what the duty says (Obligation.gist); null for other nodes.',
      resolve: (n) => (n.type === 'OBLIGATION' ? obligationGist(str(n.data.text), str(n.data.marker)) : null),
    }),
    data: t.field({ type: 'JSON', description: 'All stored properties (clause mentions parsed).', resolve: (n) => n.data }),
  }),
});

const GraphEdge = builder.objectRef<GraphEdgeShape>('GraphEdge').implement({
  description: 'A relationship for a graph view (Cytoscape edge `data`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable id: `source|TYPE|target`, suffixed `|2`… for parallel edges.' }),
    source: t.exposeString('source', { description: 'Key of the start node.' }),
    target: t.exposeString('target', { description: 'Key of the end node.' }),
    type: t.field({ type: GraphEdgeTypeEnum, description: 'Relationship type.', resolve: (e) => e.type }),
    label: t.exposeString('label', { description: 'Chinese display label, e.g. 重点发展 for a DEVELOPS edge.' }),
    labelEn: t.exposeString('labelEn', {
      description: 'English display label, e.g. "focus on" for a DEVELOPS edge of level 重点发展 (its type, "develops", for a level without a gloss).',
    }),
    clause: t.field({
      type: ClauseRef,
      nullable: true,
      description: 'The clause a relationship was read from (a DEVELOPS link\'s article and paragraph), with its labels; null for others.',
      resolve: (e) => e.clause,
    }),
    data: t.field({
      type: 'JSON',
      description: 'Stored relationship properties; a DEVELOPS edge has `level`, `rank` (higher is stronger), `levelEn`, `article` and `paragraph`.',
      resolve: (e) => e.data,
    }),
  }),
});

export const GraphView = builder.objectRef<GraphViewShape>('GraphView').implement({
  description: 'A subgraph ready for Cytoscape: nodes and the edges between them.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], description: 'Nodes, seeds first, then by distance.', resolve: (v) => v.nodes }),
    edges: t.field({ type: [GraphEdge], description: 'Edges whose both ends are in `nodes`.', resolve: (v) => v.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when more nodes were reached than `limit` allowed.' }),
    totalNodes: t.exposeInt('totalNodes', { description: 'How many nodes were reached before applying `limit`.' }),
  }),
});

export function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`Argument "${name}" must be between ${min} and ${max} (got ${value}).`);
  }
  return value;
}

const labelsOf = (types: readonly NodeType[] | null | undefined) =>
  types ? types.map((type) => LABEL_BY_TYPE.get(type)).filter((l): l is NodeLabel => l !== undefined) : null;

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: GraphView,
    description: 'Nodes within `depth` steps of the given nodes, and the relationships followed; for Cytoscape.',
    args: {
      ids: t.arg.stringList({ required: true, description: `Stable keys of the start nodes (1–${MAX_SEED_IDS}).` }),
      depth: t.arg.int({ defaultValue: 1, description: `Steps to expand: 1 to ${MAX_NEIGHBORHOOD_DEPTH}.` }),
      types: t.arg({ type: [GraphNodeTypeEnum], description: 'Only expand into nodes of these types (start nodes always kept).' }),
      relationships: t.arg({ type: [GraphEdgeTypeEnum], description: 'Only follow relationships of these types.' }),
      limit: t.arg.int({
        defaultValue: DEFAULT_NEIGHBORHOOD_LIMIT,
        description: `Most nodes to return (1–${MAX_NEIGHBORHOOD_LIMIT}); \`truncated\` tells when more were reached.`,
      }),
      regulations: t.arg.stringList({
        description: 'Only expand into what these regulations own or state (keys); bodies, industries and documents are shared and always reachable.',
      }),
      asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.ids.length === 0 || args.ids.length > MAX_SEED_IDS) {
        throw badInput(`Argument "ids" must hold 1 to ${MAX_SEED_IDS} keys (got ${args.ids.length}).`);
      }
      const depth = inRange('depth', args.depth ?? 1, 1, MAX_NEIGHBORHOOD_DEPTH);
      const limit = inRange('limit', args.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT, 1, MAX_NEIGHBORHOOD_LIMIT);
      const [row] = await runQuery(ctx.db, NEIGHBORHOOD, {
        ids: args.ids,
        depth,
        limit,
        labels: labelsOf(args.types),
        relTypes: args.relationships ?? null,
        wholeNodes: !selectsOnly(ctx.selected, 'GraphNode', GRAPH_NODE_SUMMARY_FIELDS),
        ...(await scopeAt(ctx, args)),
      });
      return toGraphView(row?.nodes ?? [], row?.edges ?? [], row?.total ?? 0);
    },
  }),
}));
