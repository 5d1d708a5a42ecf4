// The path finder's answer in the graph: its nodes and edges join what is on screen (a path may run through
// nodes the overview does not show) and are marked `on-path`, its two ends `path-end`. What to ask for and
// what was answered are plain data in the store (AppState.pathFinding); this module only reads them.
import type { Core } from 'cytoscape';
import type { ResultOf } from '../api/graphql.ts';
import type { PathsQuery } from '../api/path-operations.ts';
import type { PathRelation, UrlState } from '../state/url-state.ts';
import { mergeGraphs, type GraphData } from './graph-data.ts';

export type PathsAnswer = ResultOf<typeof PathsQuery>['paths'];
export type PathStep = PathsAnswer['paths'][number]['steps'][number];

export interface PathFinding {
  /** The question this answers (pathRequest), so that a late answer to an old question is not shown. */
  request: string;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  answer: PathsAnswer | null;
}

export interface PathQuestion {
  from: string;
  to: string;
  relations: PathRelation[];
}

/** What the URL state asks the path finder, or null while an end is missing. */
export function pathQuestion(state: Pick<UrlState, 'pathFrom' | 'pathTo' | 'pathRelations'>): PathQuestion | null {
  if (!state.pathFrom || !state.pathTo) return null;
  return { from: state.pathFrom, to: state.pathTo, relations: state.pathRelations };
}

export const pathRequest = (question: PathQuestion): string => `${question.from}|${question.to}|${question.relations.join(',')}`;

/** The graph with the paths found added (they keep the graph's own copy of a node it already has). */
export function withPaths(graph: GraphData, finding: PathFinding | null): GraphData {
  const view = finding?.status === 'ready' ? finding.answer?.view : null;
  return view && view.nodes.length ? mergeGraphs([graph, view]) : graph;
}

/** Ids of the nodes and edges on the paths found, and of the two ends. */
export function pathElementIds(finding: PathFinding | null): { nodes: Set<string>; edges: Set<string>; ends: Set<string> } {
  const paths = finding?.status === 'ready' ? (finding.answer?.paths ?? []) : [];
  return {
    nodes: new Set(paths.flatMap((p) => p.nodes)),
    edges: new Set(paths.flatMap((p) => p.edges)),
    ends: new Set(paths.flatMap((p) => [p.nodes[0]!, p.nodes.at(-1)!])),
  };
}

// The answer each graph was last brought into view for: a new answer is shown whole once, later renders
// (a selection, a language switch) leave the view where the researcher put it.
const framed = new WeakMap<Core, string>();

/** Marks the paths found on screen (and unmarks what is no longer on one); a new answer is fitted into view. */
export function showPaths(cy: Core, finding: PathFinding | null): void {
  const { nodes, edges, ends } = pathElementIds(finding);
  cy.batch(() => {
    cy.elements('.on-path, .path-end').removeClass('on-path path-end');
    for (const id of [...nodes, ...edges]) cy.getElementById(id).addClass('on-path');
    for (const id of ends) cy.getElementById(id).addClass('path-end');
  });
  const onPath = cy.elements('.on-path');
  if (finding?.status === 'ready' && onPath.nonempty() && framed.get(cy) !== finding.request) {
    framed.set(cy, finding.request);
    cy.stop(true, true);
    cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 300 });
  }
}
