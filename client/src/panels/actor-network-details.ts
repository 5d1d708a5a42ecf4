// Details of a link in the actors-only view: what ties the two actors, and every duty behind the link with
// its clause (each opens the reader there), so that a count on the graph can be checked against the text.
import { ACTOR_LINK_TITLE_KEYS, type ActorLinkData } from '../cy/actor-network.ts';
import type { GraphEdge } from '../cy/graph-data.ts';
import { h } from '../dom.ts';
import { chineseOnlyNote, obligationItem, tr, type PanelContext } from './common.ts';

/** The panel's content for an actor link; `end` draws one end (a button that selects that actor). */
export function actorLinkDetails(ctx: PanelContext, edge: GraphEdge, link: ActorLinkData, end: (id: string) => Node): Node[] {
  const arrow = link.relation === 'CO_BEARS' ? ' ↔ ' : ' → ';
  return [
    h(
      'header',
      { class: 'details-header' },
      h('div', { class: 'details-kind' }, tr(ctx, 'edge')),
      h('h3', { class: 'details-title', 'data-relation': link.relation }, tr(ctx, ACTOR_LINK_TITLE_KEYS[link.relation])),
      h('p', { class: 'edge-ends' }, end(edge.source), h('span', { 'aria-hidden': 'true' }, arrow), end(edge.target)),
    ),
    link.relation === 'MEMBER_OF'
      ? h('p', { class: 'empty' }, tr(ctx, 'actorLinkMemberNote'))
      : h(
          'section',
          { class: 'details-section actor-link-duties' },
          chineseOnlyNote(ctx),
          h('h4', { class: 'section-title' }, tr(ctx, 'actorLinkDuties'), h('span', { class: 'count' }, String(link.obligations.length))),
          link.jointly > 0 ? h('p', { class: 'details-note' }, tr(ctx, 'actorLinkJointlyNote', { n: link.jointly })) : null,
          h('ol', { class: 'obligation-list' }, link.obligations.map((o) => obligationItem(ctx, o))),
        ),
  ];
}
