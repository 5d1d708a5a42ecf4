// A path of graph links read as responsibility steps between actors. Two links through one obligation are one
// step, named for the roles of its two ends in that obligation (both bear it: co-bearing; one bears it for the
// other; both benefit), and cited by the obligation's clause; any other link is a step of its own.
import type { ClauseShape } from './clause.ts';

export type PathStepKind = 'CO_BEARS' | 'CO_BENEFITS' | 'BEARS_FOR' | 'LINK';

export interface PathNodeInput {
  id: string;
  obligation: boolean;
  clause: ClauseShape | null;
}

export interface PathEdgeInput {
  id: string;
  type: string;
  source: string;
  target: string;
  /** Where the link is read when it states no clause of its own (a membership). */
  clause: ClauseShape | null;
}

export interface PathStepShape {
  from: string;
  to: string;
  kind: PathStepKind;
  /** The link's type for a LINK step; null for a step through an obligation. */
  type: string | null;
  /** LINK: the link points from `to` to `from`. BEARS_FOR: `to` bears the duty and `from` benefits from it. */
  reversed: boolean;
  /** The obligation a step goes through. */
  via: string | null;
  edges: string[];
  clause: ClauseShape | null;
}

const ROLE: Record<string, 'bearer' | 'beneficiary'> = { BEARS: 'bearer', BENEFITS: 'beneficiary' };

/** Steps of one path: `nodes` in order from its start, `edges[i]` between `nodes[i]` and `nodes[i + 1]`. */
export function toPathSteps(nodes: readonly PathNodeInput[], edges: readonly PathEdgeInput[]): PathStepShape[] {
  const steps: PathStepShape[] = [];
  for (let i = 0; i < edges.length; ) {
    const [here, middle, there] = [nodes[i]!, nodes[i + 1]!, nodes[i + 2]];
    const first = edges[i]!;
    const second = edges[i + 1];
    const roles = [ROLE[first.type], second && ROLE[second.type]];
    if (middle.obligation && !here.obligation && there && second && roles[0] && roles[1]) {
      const kind = roles[0] === roles[1] ? (roles[0] === 'bearer' ? 'CO_BEARS' : 'CO_BENEFITS') : 'BEARS_FOR';
      const reversed = roles[0] === 'beneficiary' && roles[1] === 'bearer';
      steps.push({ from: here.id, to: there.id, kind, type: null, reversed, via: middle.id, edges: [first.id, second.id], clause: middle.clause });
      i += 2;
      continue;
    }
    const obligationEnd = here.obligation ? here : middle.obligation ? middle : null;
    steps.push({
      from: here.id,
      to: middle.id,
      kind: 'LINK',
      type: first.type,
      reversed: first.source !== here.id,
      via: null,
      edges: [first.id],
      clause: first.clause ?? obligationEnd?.clause ?? null,
    });
    i += 1;
  }
  return steps;
}
