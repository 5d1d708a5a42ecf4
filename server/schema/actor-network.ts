// actorNetwork: the actors-only picture of who is tied to whom by duties, with the duties behind each tie.
import { ACTOR_LINKS, type ActorLinkRelation, type ActorLinkRow } from '../queries/actor-network.ts';
import { runQuery } from '../queries/named-query.ts';
import { builder } from './builder.ts';
import { ActorKindEnum, ActorRef, describedEnum, ObligationRef } from './refs.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';

const RELATIONS: Record<ActorLinkRelation, string> = {
  CO_BEARS: 'Both bear the same obligations (co-bearers, A会同B…); undirected, source before target by key.',
  BENEFITS: 'The source bears obligations that benefit the target (supports, facilitates, serves it).',
  MEMBER_OF: 'The source is a member of the target collective (an Area of 各片区).',
};

const ActorLinkRelationEnum = describedEnum('ActorLinkRelation', 'What ties two actors.', ['CO_BEARS', 'BENEFITS', 'MEMBER_OF'] as const, RELATIONS);

const ActorLink = builder.objectRef<ActorLinkRow>('ActorLink').implement({
  description: 'A tie between two actors and the obligations behind it.',
  fields: (t) => ({
    source: t.field({ type: ActorRef, description: 'One end (the bearer for BENEFITS, the member for MEMBER_OF).', resolve: (l) => l.source }),
    target: t.field({ type: ActorRef, description: 'The other end.', resolve: (l) => l.target }),
    relation: t.field({ type: ActorLinkRelationEnum, description: 'What ties them.', resolve: (l) => l.relation }),
    count: t.int({ description: 'How many obligations are behind it (0 for membership).', resolve: (l) => l.obligations.length }),
    jointly: t.int({
      description: 'For CO_BEARS: how many of those obligations join their bearers with 会同 (one acting together with the other); else 0.',
      resolve: (l) => l.jointly,
    }),
    obligations: t.field({
      type: [ObligationRef],
      description: 'The obligations behind it, in reading order.',
      resolve: (l) => l.obligations,
    }),
  }),
});

const ActorNetwork = builder.objectRef<{ links: ActorLinkRow[] }>('ActorNetwork').implement({
  description: 'Actors linked by what they share: co-borne duties, duties owed to another, membership.',
  fields: (t) => ({
    actors: t.field({
      type: [ActorRef],
      description: 'Every actor at an end of a link, by key.',
      resolve: (n) => [...new Set(n.links.flatMap((l) => [l.source, l.target]))].sort(),
    }),
    links: t.field({ type: [ActorLink], description: 'The links, by relation then ends.', resolve: (n) => n.links }),
  }),
});

builder.queryFields((t) => ({
  actorNetwork: t.field({
    type: ActorNetwork,
    description: 'Who is tied to whom by duties: the actors-only view, each link with the obligations behind it.',
    args: {
      kinds: t.arg({ type: [ActorKindEnum], description: 'Only links between actors of these kinds.' }),
      regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
      asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => ({
      links: await runQuery(ctx.db, ACTOR_LINKS, { ...(await scopeAt(ctx, args)), kinds: args.kinds ?? null }),
    }),
  }),
}));
