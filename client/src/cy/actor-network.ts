// The actors-only view as graph data: the API's actorNetwork links (co-borne duties, duties that benefit
// another, membership) become one edge each between two actor nodes, labelled with the number of duties
// behind it; the duties ride on the edge so that the details panel lists them without asking again. Pure.
import type { ActorNetworkLink } from '../api/actor-network-operations.ts';
import type { Obligation } from '../api/operations.ts';
import { translate, type Lang, type MessageKey } from '../i18n.ts';
import { dataOf, type GraphData, type GraphEdge, type GraphNode } from './graph-data.ts';

/** The edge type of an actor-to-actor link; `data.relation` says which. */
export const ACTOR_LINK_TYPE = 'ACTOR_LINK';

export type ActorLinkRelation = ActorNetworkLink['relation'];

export interface ActorLinkData {
  relation: ActorLinkRelation;
  count: number;
  /** Of a co-bearing link's duties, how many join the bearers with 会同. */
  jointly: number;
  obligations: Obligation[];
}

const LABEL_KEYS: Record<ActorLinkRelation, MessageKey> = {
  CO_BEARS: 'actorLinkCoBears',
  BENEFITS: 'actorLinkBenefits',
  MEMBER_OF: 'actorLinkMember',
};

export const ACTOR_LINK_TITLE_KEYS: Record<ActorLinkRelation, MessageKey> = {
  CO_BEARS: 'actorLinkTitleCoBears',
  BENEFITS: 'actorLinkTitleBenefits',
  MEMBER_OF: 'actorLinkTitleMember',
};

/** 共担 3（会同 1）, benefits 2, member of. */
export function actorLinkLabel(link: Pick<ActorLinkData, 'relation' | 'count' | 'jointly'>, lang: Lang): string {
  const base = translate(lang, LABEL_KEYS[link.relation], { n: link.count });
  return link.jointly > 0 ? base + translate(lang, 'actorLinkJointly', { n: link.jointly }) : base;
}

function actorNode(actor: ActorNetworkLink['source']): GraphNode {
  return { id: actor.key, type: 'ACTOR', label: actor.name, labelEn: actor.nameEn ?? null, data: { kind: actor.kind, aliases: actor.aliases } };
}

/** Actors and their links; each actor once, links in the API's order (by relation, then ends). */
export function actorNetworkGraph(links: readonly ActorNetworkLink[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const link of links) {
    for (const actor of [link.source, link.target]) if (!nodes.has(actor.key)) nodes.set(actor.key, actorNode(actor));
    const data: ActorLinkData = { relation: link.relation, count: link.count, jointly: link.jointly, obligations: link.obligations };
    edges.push({
      id: `${link.source.key}|${link.relation}|${link.target.key}`,
      source: link.source.key,
      target: link.target.key,
      type: ACTOR_LINK_TYPE,
      label: actorLinkLabel(data, 'zh'),
      labelEn: actorLinkLabel(data, 'en'),
      data,
    });
  }
  return { nodes: [...nodes.values()], edges };
}

/** An actor link's relation, counts and duties, or null for any other edge. */
export function actorLinkOf(edge: Pick<GraphEdge, 'type' | 'data'>): ActorLinkData | null {
  if (edge.type !== ACTOR_LINK_TYPE) return null;
  const data = dataOf(edge);
  const relation = data.relation;
  if (relation !== 'CO_BEARS' && relation !== 'BENEFITS' && relation !== 'MEMBER_OF') return null;
  return {
    relation,
    count: typeof data.count === 'number' ? data.count : 0,
    jointly: typeof data.jointly === 'number' ? data.jointly : 0,
    obligations: Array.isArray(data.obligations) ? (data.obligations as Obligation[]) : [],
  };
}
