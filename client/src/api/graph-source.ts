// Where the graph on screen comes from: the overview plus one neighbourhood per expanded node. Answers are
// cached by their arguments, so undo, redo and Back re-render without asking the API again.
import { mergeGraphs, type GraphData } from '../cy/graph-data.ts';
import { OVERVIEW_KINDS, type ExpandableType } from '../model.ts';
import type { ApiClient } from './client.ts';
import { NeighborhoodQuery, OverviewSeedsQuery } from './operations.ts';

/**
 * The zone the regulation is about (the API's `Regulation.wholeZone`, e.g. an FTZ) bears dozens of general
 * obligations ("自贸试验区应当…") that would drown the management structure: it stays on the overview as a node
 * with its membership and shows its obligations when expanded. Its Areas are part of the structure.
 */
const OVERVIEW_LIMIT = 300;

export interface GraphPart extends GraphData {
  truncated: boolean;
}

export interface GraphSource {
  overview(): Promise<GraphPart>;
  neighborhood(id: string, types: readonly ExpandableType[], limit: number): Promise<GraphPart>;
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
    overview: () =>
      cached('overview', async () => {
        const seeds = await api.request(OverviewSeedsQuery, { kinds: [...OVERVIEW_KINDS] });
        const wholeZone = seeds.regulation?.wholeZone?.key ?? null;
        const structure = seeds.actors.edges.map((e) => e.node.key).filter((key) => key !== wholeZone);
        const [main, summary] = await Promise.all([
          api.request(NeighborhoodQuery, {
            ids: structure,
            depth: 1,
            types: ['ACTOR', 'OBLIGATION'],
            relationships: ['BEARS', 'BENEFITS', 'MEMBER_OF'],
            limit: OVERVIEW_LIMIT,
          }),
          wholeZone
            ? api.request(NeighborhoodQuery, { ids: [wholeZone], depth: 1, types: ['ACTOR'], relationships: ['MEMBER_OF'], limit: 20 })
            : Promise.resolve(null),
        ]);
        const parts = [main.neighborhood, ...(summary ? [summary.neighborhood] : [])];
        return { ...mergeGraphs(parts), truncated: parts.some((p) => p.truncated) };
      }),
    neighborhood: (id, types, limit) =>
      cached(`n|${id}|${[...types].sort().join(',')}|${limit}`, async () => {
        const { neighborhood } = await api.request(NeighborhoodQuery, { ids: [id], depth: 1, types: [...types], limit });
        return neighborhood;
      }),
  };
}

/** The whole graph for a state: overview first (so its nodes keep their place in merges), then expansions in order. */
export async function loadGraph(
  source: GraphSource,
  state: { expanded: readonly string[]; expandTypes: readonly ExpandableType[]; expandLimit: number },
): Promise<GraphPart> {
  const parts = await Promise.all([
    source.overview(),
    ...state.expanded.map((id) => source.neighborhood(id, state.expandTypes, state.expandLimit)),
  ]);
  return { ...mergeGraphs(parts), truncated: parts.some((p) => p.truncated) };
}
