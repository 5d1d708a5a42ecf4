// Layout options as data. The force-directed default (fcose) reads the graph's structure; concentric puts the
// governing bodies in the middle; hierarchical places the institutional tiers top-down (tiered-positions.ts).
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { NodeCategory } from '../model.ts';
import type { LayoutName } from '../state/url-state.ts';
import { TIER_OF } from './tiered-positions.ts';

const tierOfNode = (node: NodeSingular): number => TIER_OF[node.data('category') as NodeCategory] ?? 5;

/**
 * fcose, computed in the layout worker (numbers only: options cross a worker boundary). `randomize: false`
 * when nodes were added to a laid-out graph, so that what the researcher already looked at stays roughly in
 * place; `quality: 'default'` is the spectral pass plus incremental refinement.
 */
export function fcoseOptions(incremental: boolean): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: 4000,
    idealEdgeLength: 55,
    nodeSeparation: 60,
    edgeElasticity: 0.45,
    nestingFactor: 0.1,
    gravity: 0.6,
    gravityRange: 3.0,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  };
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

/** Positions computed beforehand (hierarchical tiers, or fcose in the worker), applied with an animation. */
export function presetOptions(positions: ReadonlyMap<string, { x: number; y: number }>, fit = true): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? { ...node.position() },
    animate: true,
    animationDuration: 450,
    fit,
    padding: 30,
  } as LayoutOptions;
}

export const LAYOUT_LABEL_KEYS = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  hierarchical: 'layoutHierarchical',
} as const satisfies Record<LayoutName, string>;
