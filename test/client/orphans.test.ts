// Hiding a node takes what it alone held on screen, and one undo brings all of it back.
import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode } from '../../client/src/cy/graph-data.ts';
import { orphansOf } from '../../client/src/cy/orphans.ts';
import { hideNodes, initialAppState, undoGraph, redoGraph, type AppState } from '../../client/src/state/store.ts';
import { DEFAULT_URL_STATE } from '../../client/src/state/url-state.ts';

const node = (id: string, type: string, data: Record<string, unknown> = {}): GraphNode => ({ id, type, label: id, labelEn: null, data });
const edge = (source: string, type: string, target: string): GraphEdge => ({ id: `${source}|${type}|${target}`, source, target, type, label: null, data: {} });

// Office A alone bears o1 (which concerns industry i); A and B share o2; B alone bears o3 (a MAY duty);
// C is a member of A and nothing else; z is on screen with no link at all.
const GRAPH: GraphData = {
  nodes: [
    node('actor:a', 'ACTOR', { kind: 'OFFICE' }),
    node('actor:b', 'ACTOR', { kind: 'OFFICE' }),
    node('obligation:1', 'OBLIGATION', { modality: 'SHALL' }),
    node('obligation:2', 'OBLIGATION', { modality: 'SHALL' }),
    node('obligation:3', 'OBLIGATION', { modality: 'MAY' }),
    node('industry:i', 'INDUSTRY'),
    node('actor:z', 'ACTOR', { kind: 'OFFICE' }),
    node('actor:c', 'ACTOR', { kind: 'OFFICE' }),
  ],
  edges: [
    edge('actor:a', 'BEARS', 'obligation:1'),
    edge('obligation:1', 'CONCERNS', 'industry:i'),
    edge('actor:a', 'BEARS', 'obligation:2'),
    edge('actor:b', 'BEARS', 'obligation:2'),
    edge('actor:b', 'BEARS', 'obligation:3'),
    edge('actor:c', 'MEMBER_OF', 'actor:a'),
  ],
};

describe('orphansOf', () => {
  it('takes the duties a node alone bore, and what only they linked to', () => {
    expect(orphansOf(GRAPH, ['actor:a'])).toEqual(['obligation:1', 'industry:i']);
  });

  it('keeps a duty another node on screen still bears, an actor left alone, and nodes that had no link to begin with', () => {
    const orphans = orphansOf(GRAPH, ['actor:a']);
    expect(orphans).not.toContain('obligation:2');
    expect(orphans).not.toContain('actor:c');
    expect(orphans).not.toContain('actor:z');
    expect(orphans).not.toContain('actor:a');
  });

  it('takes a shared duty when every node that bore it goes', () => {
    expect(orphansOf(GRAPH, ['actor:a', 'actor:b'])).toEqual(['obligation:1', 'obligation:2', 'obligation:3', 'industry:i']);
  });

  it('leaves everything when the hidden node held nothing alone', () => {
    expect(orphansOf(GRAPH, ['industry:i'])).toEqual([]);
    expect(orphansOf(GRAPH, ['actor:z'])).toEqual([]);
  });
});

describe('hiding in the store', () => {
  const start = (patch: Partial<AppState> = {}): AppState => ({ ...initialAppState(DEFAULT_URL_STATE), graph: GRAPH, ...patch });
  const apply = (state: AppState, change: (s: AppState) => Partial<AppState>): AppState => ({ ...state, ...change(state) });

  it('hides the orphans with the node, and one undo brings them all back', () => {
    let state = start({ hidden: ['actor:z'] });
    state = apply(state, (s) => hideNodes(s, ['actor:a']));
    expect(state.hidden).toEqual(['actor:z', 'actor:a', 'obligation:1', 'industry:i']);
    expect(state.undo).toHaveLength(1);
    state = apply(state, undoGraph);
    expect(state.hidden).toEqual(['actor:z']);
    state = apply(state, redoGraph);
    expect(state.hidden).toEqual(['actor:z', 'actor:a', 'obligation:1', 'industry:i']);
  });

  it('judges orphans on the graph as filtered: a duty whose other bearer the legend hides goes too', () => {
    // B is shown but its MAY duty is filtered out; o2 is still held by B, so only o1 and i go.
    expect(hideNodes(start({ hiddenModalities: ['MAY'] }), ['actor:a']).hidden).toEqual(['actor:a', 'obligation:1', 'industry:i']);
    // With B hidden already, o2 has no other bearer on screen.
    expect(hideNodes(start({ hidden: ['actor:b'] }), ['actor:a']).hidden).toEqual(['actor:b', 'actor:a', 'obligation:1', 'obligation:2', 'industry:i']);
  });

  it('takes hidden nodes out of the selection and keeps the rest selected', () => {
    const state = start({ selected: 'obligation:1', selection: ['actor:b', 'industry:i', 'obligation:1'] });
    expect(hideNodes(state, ['actor:a'])).toMatchObject({ selected: 'actor:b', selection: [] });
    const three = start({ selected: 'actor:b', selection: ['actor:b', 'actor:z', 'obligation:1'] });
    expect(hideNodes(three, ['actor:a'])).toMatchObject({ selected: 'actor:b', selection: ['actor:b', 'actor:z'] });
  });
});
