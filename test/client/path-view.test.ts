// The path finder's answer as graph data (pure: no browser).
import { describe, expect, it } from 'vitest';
import { pathElementIds, pathQuestion, pathRequest, withPaths, type PathFinding } from '../../client/src/cy/path-view.ts';
import { DEFAULT_URL_STATE } from '../../client/src/state/url-state.ts';

const node = (id: string, label = id) => ({ id, type: 'ACTOR', label, labelEn: null, gist: null, clause: null, data: {} });
const edge = (source: string, target: string) => ({ id: `${source}|BEARS|${target}`, source, target, type: 'BEARS', label: '承担', labelEn: 'bears', clause: null, data: {} });
const finding = (status: PathFinding['status']): PathFinding => ({
  request: 'a|c|BEARS',
  status,
  error: null,
  answer: {
    length: 2,
    found: 1,
    more: false,
    paths: [{ nodes: ['a', 'o', 'c'], edges: ['a|BEARS|o', 'c|BEARS|o'], steps: [] }],
    view: { truncated: false, totalNodes: 3, nodes: [node('a', 'from the path'), node('o'), node('c')], edges: [edge('a', 'o'), edge('c', 'o')] },
  } as unknown as PathFinding['answer'],
});

describe('path view', () => {
  it('asks only when both ends are named, and keys the question by ends and relations', () => {
    expect(pathQuestion({ ...DEFAULT_URL_STATE, pathFrom: 'a' })).toBeNull();
    const question = pathQuestion({ ...DEFAULT_URL_STATE, pathFrom: 'a', pathTo: 'c', pathRelations: ['BEARS'] })!;
    expect(pathRequest(question)).toBe('a|c|BEARS');
  });

  it('adds the paths to the graph once they are found, keeping the graph’s own copy of a node', () => {
    const graph = { nodes: [node('a', 'on screen')], edges: [] };
    expect(withPaths(graph, finding('loading'))).toBe(graph);
    const merged = withPaths(graph, finding('ready'));
    expect(merged.nodes.map((n) => [n.id, n.label])).toEqual([['a', 'on screen'], ['o', 'o'], ['c', 'c']]);
    expect(merged.edges.map((e) => e.id)).toEqual(['a|BEARS|o', 'c|BEARS|o']);
  });

  it('marks the nodes and edges of the paths and their two ends', () => {
    expect(pathElementIds(finding('ready'))).toEqual({ nodes: new Set(['a', 'o', 'c']), edges: new Set(['a|BEARS|o', 'c|BEARS|o']), ends: new Set(['a', 'c']) });
    expect(pathElementIds(null).nodes.size).toBe(0);
  });
});
