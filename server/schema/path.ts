// Connections between two nodes: `path`, one shortest path of any relationship but NAMES (kept for old
// callers), and `paths`, the path finder's question: every shortest path over the responsibility relations,
// in one round trip, each read as steps between actors with the clause they come from.
import type { RelationshipType } from '../../seed/graph-rows.ts';
import { NODE_BY_KEY } from '../queries/graph-view.ts';
import { runQuery } from '../queries/named-query.ts';
import { ALL_SHORTEST_PATHS, MAX_PATH_LENGTH, PATH_SCAN, SHORTEST_PATH, type RawMembership, type RawPath } from '../queries/path.ts';
import { builder } from './builder.ts';
import { ClauseRef, type ClauseShape } from './clause.ts';
import { GraphEdgeTypeEnum, GraphView, inRange, toGraphView, type GraphViewShape } from './graph-view.ts';
import { toPathSteps, type PathStepKind, type PathStepShape } from './path-steps.ts';
import { badInput } from './pagination.ts';
import { AS_OF_ARG_DESCRIPTION, scopeAt } from './scope.ts';

export const RESPONSIBILITY_RELATIONS = ['BEARS', 'BENEFITS', 'MEMBER_OF'] as const satisfies readonly RelationshipType[];
export const DEFAULT_PATH_LIMIT = 5;
export const MAX_PATH_LIMIT = 20;
const DEFAULT_PATHS_LENGTH = 8;

interface PathShape {
  nodes: string[];
  edges: string[];
  steps: PathStepShape[];
}

interface PathSearchShape {
  length: number | null;
  found: number;
  more: boolean;
  paths: PathShape[];
  view: GraphViewShape;
}

const NO_PATH: PathSearchShape = { length: null, found: 0, more: false, paths: [], view: toGraphView([], [], 0) };

/** The membership's first paragraph naming both ends, as the clause of that link. */
function membershipClauses(memberships: readonly RawMembership[]): Map<string, ClauseShape> {
  const clauses = new Map<string, ClauseShape>();
  for (const { key, paragraphs } of memberships) {
    const first = paragraphs[0];
    if (first) clauses.set(key, { ...first, item: null });
  }
  return clauses;
}

/** Raw paths → one view holding them all, and each path as keys, edge ids and steps over that view. */
export function toPathSearch(raw: readonly RawPath[], found: number, more: boolean, memberships: readonly RawMembership[]): PathSearchShape {
  if (!raw.length) return NO_PATH;
  const view = toGraphView(
    raw.flatMap((p) => p.nodes),
    raw.flatMap((p) => p.edges),
    0,
  );
  // toGraphView keeps the first of each driver key, in order: the same walk gives each key its edge id.
  const edgeIdByKey = new Map<string, string>();
  for (const edge of raw.flatMap((p) => p.edges)) if (!edgeIdByKey.has(edge.key)) edgeIdByKey.set(edge.key, view.edges[edgeIdByKey.size]!.id);
  const nodeById = new Map(view.nodes.map((n) => [n.id, n]));
  const clauses = membershipClauses(memberships);
  const paths = raw.map((p): PathShape => {
    const nodes = p.nodes.map((n) => String(n.props.id));
    const edges = p.edges.map((e) => ({
      id: edgeIdByKey.get(e.key)!,
      type: e.type,
      source: e.source,
      target: e.target,
      clause: clauses.get(e.key) ?? null,
    }));
    const pathNodes = nodes.map((id) => ({ id, obligation: nodeById.get(id)?.type === 'OBLIGATION', clause: nodeById.get(id)?.clause ?? null }));
    return { nodes, edges: edges.map((e) => e.id), steps: toPathSteps(pathNodes, edges) };
  });
  return { length: raw[0]!.edges.length, found, more, paths, view: { ...view, totalNodes: view.nodes.length } };
}

const PathStepKindEnum = builder.enumType('PathStepKind', {
  description: 'How a step of a path links its two ends.',
  values: {
    CO_BEARS: { description: 'Both ends bear the obligation `via` (two BEARS links through it).' },
    CO_BENEFITS: { description: 'Both ends benefit from the obligation `via` (two BENEFITS links through it).' },
    BEARS_FOR: { description: '`from` bears the obligation `via` and `to` benefits from it (`reversed`: the other way round).' },
    LINK: { description: 'One relationship of type `type` between the two ends.' },
  } satisfies Record<PathStepKind, { description: string }>,
});

const PathStep = builder.objectRef<PathStepShape>('PathStep').implement({
  description: 'One step of a path: two nodes linked by a relationship, or two actors linked through one obligation.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'Key of the node the step starts at.' }),
    to: t.exposeString('to', { description: 'Key of the node the step ends at.' }),
    kind: t.field({ type: PathStepKindEnum, description: 'How the two ends are linked.', resolve: (s) => s.kind }),
    type: t.field({
      type: GraphEdgeTypeEnum,
      nullable: true,
      description: 'The relationship of a LINK step; null for a step through an obligation.',
      resolve: (s) => s.type as RelationshipType | null,
    }),
    reversed: t.exposeBoolean('reversed', {
      description: 'LINK: the relationship points from `to` to `from`. BEARS_FOR: `to` bears the duty and `from` benefits from it.',
    }),
    via: t.exposeString('via', { nullable: true, description: 'Key of the obligation a step goes through.' }),
    edges: t.exposeStringList('edges', { description: 'Ids of the GraphEdges of `view` the step stands for, in path order.' }),
    clause: t.field({
      type: ClauseRef,
      nullable: true,
      description:
        "Where the step is read: the obligation's clause for a step through or to an obligation, the first paragraph naming both ends for a membership; null when none is known.",
      resolve: (s) => s.clause,
    }),
  }),
});

const GraphPath = builder.objectRef<PathShape>('GraphPath').implement({
  description: 'One path, from `from` to `to`.',
  fields: (t) => ({
    nodes: t.exposeStringList('nodes', { description: 'Keys of the nodes along the path, in order.' }),
    edges: t.exposeStringList('edges', { description: 'Ids of the GraphEdges along the path, in order.' }),
    steps: t.field({ type: [PathStep], description: 'The path as steps, two links through an obligation counted as one.', resolve: (p) => p.steps }),
  }),
});

const PathSearch = builder.objectRef<PathSearchShape>('PathSearch').implement({
  description: 'The shortest paths between two nodes, and a view of them for Cytoscape.',
  fields: (t) => ({
    length: t.exposeInt('length', { nullable: true, description: 'Relationships on each shortest path (0 from a node to itself); null when there is none.' }),
    found: t.exposeInt('found', { description: `How many shortest paths there are, counted up to ${PATH_SCAN}.` }),
    more: t.exposeBoolean('more', { description: `True when there are more than ${PATH_SCAN} shortest paths (\`found\` stopped counting).` }),
    paths: t.field({ type: [GraphPath], description: 'Shortest paths, at most `limit`, ordered by the keys along them.', resolve: (s) => s.paths }),
    view: t.field({ type: GraphView, description: 'The nodes and edges of the listed paths.', resolve: (s) => s.view }),
  }),
});

builder.queryFields((t) => ({
  path: t.field({
    type: GraphView,
    nullable: true,
    description: 'A shortest connection between two nodes (ignoring direction); null when none within `maxLength`.',
    args: {
      from: t.arg.string({ required: true, description: 'Stable key of the start node, e.g. `actor:guowuyuan`.' }),
      to: t.arg.string({ required: true, description: 'Stable key of the end node, e.g. `actor:haiguan`.' }),
      maxLength: t.arg.int({ defaultValue: 6, description: `Most relationships on the path: 1 to ${MAX_PATH_LENGTH}.` }),
      relationships: t.arg({ type: [GraphEdgeTypeEnum], description: 'Only follow relationships of these types.' }),
    },
    resolve: async (_root, args, ctx) => {
      const maxLength = inRange('maxLength', args.maxLength ?? 6, 1, MAX_PATH_LENGTH);
      if (args.from === args.to) {
        const [row] = await runQuery(ctx.db, NODE_BY_KEY, { id: args.from });
        return row ? toGraphView([row.node], [], 1) : null;
      }
      const query = SHORTEST_PATH[maxLength];
      if (!query) throw new Error(`no shortest-path query for length ${maxLength}`);
      const [row] = await runQuery(ctx.db, query, { from: args.from, to: args.to, relTypes: args.relationships ?? null });
      return row ? toGraphView(row.nodes, row.edges, row.nodes.length) : null;
    },
  }),
  paths: t.field({
    type: PathSearch,
    description:
      'Every shortest path between two nodes (ignoring direction) over the given relationships — by default the responsibility ' +
      'relations BEARS, BENEFITS and MEMBER_OF, so that two bearers of one obligation are linked through it (co-bearing) and ' +
      'mentions are not followed — each as steps with their clause. `length` is null when there is none within `maxLength`.',
    args: {
      from: t.arg.string({ required: true, description: 'Stable key of the start node, e.g. `actor:haiguan`.' }),
      to: t.arg.string({ required: true, description: 'Stable key of the end node.' }),
      relationships: t.arg({
        type: [GraphEdgeTypeEnum],
        required: true,
        defaultValue: [...RESPONSIBILITY_RELATIONS],
        description: 'The relationships a path may follow (at least one).',
      }),
      maxLength: t.arg.int({ defaultValue: DEFAULT_PATHS_LENGTH, description: `Most relationships on a path: 1 to ${MAX_PATH_LENGTH}.` }),
      limit: t.arg.int({ defaultValue: DEFAULT_PATH_LIMIT, description: `Most paths to list: 1 to ${MAX_PATH_LIMIT}.` }),
      regulations: t.arg.stringList({
        description: 'Only through what these regulations own or state (keys); bodies and industries are shared and always passable.',
      }),
      asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const maxLength = inRange('maxLength', args.maxLength ?? DEFAULT_PATHS_LENGTH, 1, MAX_PATH_LENGTH);
      const limit = inRange('limit', args.limit ?? DEFAULT_PATH_LIMIT, 1, MAX_PATH_LIMIT);
      if (!args.relationships.length) throw badInput('Argument "relationships" must name at least one relationship type.');
      if (args.from === args.to) {
        const [row] = await runQuery(ctx.db, NODE_BY_KEY, { id: args.from });
        return row ? { length: 0, found: 1, more: false, paths: [{ nodes: [args.from], edges: [], steps: [] }], view: toGraphView([row.node], [], 1) } : NO_PATH;
      }
      const query = ALL_SHORTEST_PATHS[maxLength];
      if (!query) throw new Error(`no shortest-paths query for length ${maxLength}`);
      const [row] = await runQuery(ctx.db, query, {
        from: args.from,
        to: args.to,
        relTypes: [...args.relationships],
        limit,
        ...(await scopeAt(ctx, args)),
      });
      return row ? toPathSearch(row.paths, row.found, row.more, row.memberships) : NO_PATH;
    },
  }),
}));
