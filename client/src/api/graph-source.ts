// Where the graph on screen comes from: the overview of the selected regulations plus one neighbourhood per
// expanded node, each cut down to what those regulations state (scopeGraph). Answers are cached by their
// arguments, so undo, redo and Back re-render without asking the API again.
import { mergeGraphs, scopeGraph, type GraphData } from '../cy/graph-data.ts';
import { OVERVIEW_KINDS, type ExpandableType } from '../model.ts';
import type { ApiClient } from './client.ts';
import { ActorNetworkQuery } from './actor-network-operations.ts';
import { NeighborhoodQuery, OverviewSeedsQuery } from './operations.ts';
import { actorNetworkGraph } from '../cy/actor-network.ts';

/**
 * The zone a regulation is about (the API's `Regulation.wholeZone`, e.g. an FTZ) bears dozens of general
 * obligations ("自贸试验区应当…") that would drown the management structure: it stays on the overview as a node
 * with its membership and shows its obligations when expanded. Its Areas are part of the structure.
 * However many regulations are selected, the overview draws at most OVERVIEW_LIMIT nodes (plus the whole
 * zones' members): the API's `truncated` then says so, and expanding a node shows more.
 */
export const OVERVIEW_LIMIT = 300;
/** The API takes at most this many start nodes per neighbourhood. */
const MAX_SEEDS_PER_REQUEST = 50;
const WHOLE_ZONE_MEMBERS = 20;

export interface GraphPart extends GraphData {
  truncated: boolean;
}

export interface GraphScope {
  /** Keys of the selected regulations, in key order. */
  regulations: readonly string[];
  /** Their whole zones (Regulation.wholeZone), kept out of the overview's seeds. */
  wholeZones: readonly string[];
}

export interface GraphSource {
  overview(scope: GraphScope): Promise<GraphPart>;
  /** The actors-only view: actors linked by what they share, with the duties behind each link. */
  actorNetwork(scope: GraphScope): Promise<GraphPart>;
  neighborhood(id: string, types: readonly ExpandableType[], limit: number, scope: GraphScope): Promise<GraphPart>;
}

/** Seeds in chunks the API accepts, the node budget shared between them. */
export function seedChunks(seeds: readonly string[], budget: number): { ids: string[]; limit: number }[] {
  const chunks: string[][] = [];
  for (let i = 0; i < seeds.length; i += MAX_SEEDS_PER_REQUEST) chunks.push(seeds.slice(i, i + MAX_SEEDS_PER_REQUEST));
  return chunks.map((ids) => ({ ids, limit: Math.max(ids.length, Math.floor(budget / chunks.length)) }));
}

export function createGraphSource(api: ApiClient): GraphSource {
  const cache = new Map<string, Promise<GraphPart>>();
  // A failed request is forgotten so that Retry asks again.
  const cached = (key: string, load: () => Promise<GraphPart>) => {
    let entry = cache.get(key);
    if (!entry) {
      entry = load();
      cache.set(key, entry);
      entry.catch(() => cache.delete(key));
    }
    return entry;
  };

  return {
    overview: (scope) =>
      cached(`overview|${scope.regulations.join(',')}`, async () => {
        const regulations = [...scope.regulations];
        const seeds = await api.request(OverviewSeedsQuery, { kinds: [...OVERVIEW_KINDS], regulations });
        const structure = seeds.actors.edges.map((e) => e.node.key).filter((key) => !scope.wholeZones.includes(key));
        const parts = await Promise.all([
          ...seedChunks(structure, OVERVIEW_LIMIT).map(({ ids, limit }) =>
            api.request(NeighborhoodQuery, { ids, depth: 1, types: ['ACTOR', 'OBLIGATION'], relationships: ['BEARS', 'BENEFITS', 'MEMBER_OF'], limit }),
          ),
          ...scope.wholeZones.map((zone) =>
            api.request(NeighborhoodQuery, { ids: [zone], depth: 1, types: ['ACTOR'], relationships: ['MEMBER_OF'], limit: WHOLE_ZONE_MEMBERS }),
          ),
        ]);
        const views = parts.map((p) => p.neighborhood);
        const graph = scopeGraph(mergeGraphs(views), regulations, new Set([...structure, ...scope.wholeZones]));
        return { ...graph, truncated: seeds.actors.totalCount > seeds.actors.edges.length || views.some((p) => p.truncated) };
      }),
    actorNetwork: (scope) =>
      cached(`actors|${scope.regulations.join(',')}`, async () => {
        const { actorNetwork } = await api.request(ActorNetworkQuery, { regulations: [...scope.regulations] });
        return { ...actorNetworkGraph(actorNetwork.links), truncated: false };
      }),
    neighborhood: (id, types, limit, scope) =>
      cached(`n|${id}|${[...types].sort().join(',')}|${limit}|${scope.regulations.join(',')}`, async () => {
        const { neighborhood } = await api.request(NeighborhoodQuery, { ids: [id], depth: 1, types: [...types], limit });
        return { ...scopeGraph(neighborhood, scope.regulations, new Set([id])), truncated: neighborhood.truncated };
      }),
  };
}

/** The whole graph for a state: overview first (so its nodes keep their place in merges), then expansions in order. */
export async function loadGraph(
  source: GraphSource,
  state: { expanded: readonly string[]; expandTypes: readonly ExpandableType[]; expandLimit: number },
  scope: GraphScope,
): Promise<GraphPart> {
  const parts = await Promise.all([
    source.overview(scope),
    ...state.expanded.map((id) => source.neighborhood(id, state.expandTypes, state.expandLimit, scope)),
  ]);
  return { ...mergeGraphs(parts), truncated: parts.some((p) => p.truncated) };
}
