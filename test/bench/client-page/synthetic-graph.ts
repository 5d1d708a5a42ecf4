// A synthetic graph in the shape the API's `neighborhood` returns (GraphData), for the client benchmark:
// the explorer has no way to load an arbitrary graph, so a standalone page renders this one with the
// client's own modules. Node types and edge types in roughly the regulation's proportions, deterministic.
import type { GraphData, GraphEdge, GraphNode } from '../../../client/src/cy/graph-data.ts';
import { createRng } from '../../support/seeded-random.ts';

const ACTOR_KINDS = ['LEADING_GROUP', 'OFFICE', 'REGIONAL_GOVERNMENT', 'LOCAL_GOVERNMENT', 'ZONE', 'DEPARTMENT', 'CENTRAL_AGENCY', 'INSTITUTION', 'OTHER'];
const MODALITIES = ['SHALL', 'RESPONSIBLE', 'MAY', 'SUPPORT', 'ENCOURAGE', 'MUST_NOT'];

/** Share of each node type (the shipped graph: obligations and paragraphs dominate, actors are few). */
const TYPE_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['ACTOR', 0.08],
  ['INDUSTRY', 0.07],
  ['OBLIGATION', 0.4],
  ['ARTICLE', 0.2],
  ['PARAGRAPH', 0.23],
  ['CHAPTER', 0.02],
];

/** Which edge type joins two node types (in this direction), as in the graph model. */
function edgeType(source: string, target: string): string | null {
  const key = `${source}>${target}`;
  const types: Record<string, string> = {
    'ACTOR>OBLIGATION': 'BEARS',
    'OBLIGATION>ACTOR': 'BENEFITS',
    'OBLIGATION>INDUSTRY': 'CONCERNS',
    'ACTOR>INDUSTRY': 'DEVELOPS',
    'ARTICLE>OBLIGATION': 'STATES',
    'OBLIGATION>PARAGRAPH': 'SOURCE',
    'ARTICLE>PARAGRAPH': 'HAS_PARAGRAPH',
    'CHAPTER>ARTICLE': 'HAS_ARTICLE',
    'ARTICLE>ACTOR': 'MENTIONS',
    'ARTICLE>INDUSTRY': 'MENTIONS',
    'ACTOR>ACTOR': 'MEMBER_OF',
  };
  return types[key] ?? null;
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): GraphData {
  const random = createRng(seed);
  const nodes: GraphNode[] = [];
  const byType = new Map<string, GraphNode[]>();
  let article = 0;
  for (const [type, share] of TYPE_SHARES) {
    const count = Math.max(1, Math.round(nodeCount * share));
    const list: GraphNode[] = [];
    for (let i = 0; i < count && nodes.length < nodeCount; i++) {
      const n = nodes.length;
      let data: Record<string, unknown> = {};
      let label = `${type.toLowerCase()} ${i + 1}`;
      if (type === 'ACTOR') {
        data = { kind: ACTOR_KINDS[i % ACTOR_KINDS.length], aliases: [] };
        label = `合成主体${i + 1}`;
      } else if (type === 'OBLIGATION') {
        data = { modality: MODALITIES[i % MODALITIES.length], article: 1 + (i % 500), paragraph: 1 + (i % 3), item: null };
      } else if (type === 'ARTICLE') {
        article++;
        data = { number: article };
      } else if (type === 'INDUSTRY') {
        label = `合成产业${i + 1}`;
        data = { aliases: [] };
      }
      const node: GraphNode = { id: `${type.toLowerCase()}:${n}`, type, label, labelEn: label, data };
      nodes.push(node);
      list.push(node);
    }
    byType.set(type, list);
  }

  const pairs = [...byType.keys()].flatMap((s) => [...byType.keys()].filter((t) => edgeType(s, t) !== null).map((t) => [s, t] as const));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; edges.length < edgeCount && attempts < edgeCount * 20; attempts++) {
    const [sourceType, targetType] = pairs[Math.floor(random() * pairs.length)]!;
    const sources = byType.get(sourceType)!;
    const targets = byType.get(targetType)!;
    // A few hubs, as in the real graph (自贸试验区 bears dozens of obligations): skew the choice of source.
    const source = sources[Math.floor(random() ** 2 * sources.length)]!;
    const target = targets[Math.floor(random() * targets.length)]!;
    const key = `${source.id}|${target.id}`;
    if (source.id === target.id || seen.has(key)) continue;
    seen.add(key);
    const type = edgeType(sourceType, targetType)!;
    edges.push({ id: `e${edges.length}`, source: source.id, target: target.id, type, label: null, data: {} });
  }
  return { nodes, edges };
}
