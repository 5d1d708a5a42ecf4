// Layout options as data. The force-directed default (fcose) reads the graph's structure; concentric puts the
// governing bodies in the middle; hierarchical places the institutional tiers top-down (tiered-positions.ts).
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeCategory } from '../model.ts';
import type { LayoutName } from '../state/url-state.ts';
import { TIER_OF } from './tiered-positions.ts';

const tierOfNode = (node: NodeSingular): number => TIER_OF[node.data('category') as NodeCategory] ?? 5;

/**
 * fcose: `randomize: false` when nodes were added to a laid-out graph, so that what the researcher already
 * looked at stays roughly in place; `quality: 'default'` is the spectral + incremental pass that settles a few
 * hundred nodes in well under a frame budget of a second.
 */
export function fcoseOptions(incremental: boolean): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate: true,
    animationDuration: 450,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.6,
    gravityRange: 3.0,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
  } as LayoutOptions;
}

export const CONCENTRIC_OPTIONS: LayoutOptions = {
  name: 'concentric',
  concentric: (node: NodeSingular) => 10 - tierOfNode(node),
  levelWidth: () => 1,
  minNodeSpacing: 28,
  spacingFactor: 0.9,
  avoidOverlap: true,
  nodeDimensionsIncludeLabels: true,
  animate: true,
  animationDuration: 450,
  fit: true,
  padding: 40,
};

/** Hierarchical: positions are computed beforehand and applied as a preset layout. */
export function presetOptions(positions: ReadonlyMap<string, { x: number; y: number }>): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
    animate: true,
    animationDuration: 450,
    fit: true,
    padding: 40,
  } as LayoutOptions;
}

export const LAYOUT_LABEL_KEYS = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  hierarchical: 'layoutHierarchical',
} as const satisfies Record<LayoutName, string>;
