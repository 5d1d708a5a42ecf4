import {
  BENEFICIARIES_OF_OBLIGATIONS,
  BEARERS_OF_OBLIGATIONS,
  INDUSTRIES_OF_OBLIGATIONS,
  OBLIGATIONS_PAGE,
} from '../queries/obligations.ts';
import { articleOf } from './article-text.ts';
import { builder } from './builder.ts';
import { ClauseRef, clauseLabels } from './clause.ts';
import { listsByKey, loadPage } from './loadable-fields.ts';
import {
  ActorRef,
  ArticleRef,
  BearerMethodEnum,
  IndustryRef,
  ItemRef,
  ModalityEnum,
  ObligationConnection,
  ObligationRef,
  ParagraphRef,
  RegulationRef,
} from './refs.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';
import { itemKey, paragraphKey } from '../../seed/graph-keys.ts';
import { obligationGist } from '../../seed/obligation-gist.ts';

ObligationRef.implement({
  description:
    'One obligation clause: who must (or may, or is encouraged to) do what, where the text says so, and for whom.',
  fields: (t) => ({
    modality: t.field({ type: ModalityEnum, description: 'Its deontic force.', resolve: (o) => o.modality }),
    marker: t.exposeString('marker', { description: 'The modal marker as written, e.g. 应当, 负责, 履行下列职责.' }),
    bearerMethod: t.field({
      type: BearerMethodEnum,
      description: 'How the rules found the bearers; filter on UNRESOLVED, NONE or EARLIER_SENTENCE to review the uncertain ones.',
      resolve: (o) => o.bearerMethod,
    }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The subject\'s words when the rules could not place them (bearerMethod UNRESOLVED), else null.',
    }),
    text: t.exposeString('text', { description: 'The exact clause text.' }),
    gist: t.string({
      description: 'A short excerpt of what the duty says, cut where a word ends (… where text is left out), e.g. for a graph label.',
      resolve: (o) => obligationGist(o.text, o.marker),
    }),
    citation: t.string({ description: 'Where it is, e.g. 第10条第1款第1项 (`clause.label`).', resolve: (o) => clauseLabels(o).label }),
    clause: t.field({ type: ClauseRef, description: 'Where it is, with Chinese and English labels.', resolve: (o) => o }),
    regulation: t.field({ type: RegulationRef, description: 'The regulation that states it.', resolve: (o) => o.regulation }),
    article: t.field({ type: ArticleRef, description: 'The article that states it.', resolve: (o, _args, ctx) => articleOf(ctx, o.regulation, o.article) }),
    paragraph: t.field({
      type: ParagraphRef,
      description: 'The paragraph it is in.',
      resolve: (o) => paragraphKey(o.regulation, o.article, o.paragraph),
    }),
    item: t.field({
      type: ItemRef,
      nullable: true,
      description: 'The item it is in; null when the clause is in the paragraph text itself.',
      resolve: (o) => (o.item === null ? null : itemKey(o.regulation, o.article, o.paragraph, o.item)),
    }),
    bearers: t.loadableList({
      type: ActorRef,
      description: 'Actors that bear it.',
      load: listsByKey(BEARERS_OF_OBLIGATIONS, (row) => row.actor),
      resolve: (o) => o.id,
    }),
    beneficiaries: t.loadableList({
      type: ActorRef,
      description: 'Actors it is owed to or benefits (e.g. the zones that other bodies must support).',
      load: listsByKey(BENEFICIARIES_OF_OBLIGATIONS, (row) => row.actor),
      resolve: (o) => o.id,
    }),
    industries: t.loadableList({
      type: IndustryRef,
      description: 'Industries it concerns.',
      load: listsByKey(INDUSTRIES_OF_OBLIGATIONS, (row) => row.industry),
      resolve: (o) => o.id,
    }),
  }),
});

builder.queryFields((t) => ({
  obligation: t.field({
    type: ObligationRef,
    nullable: true,
    description: 'One obligation by key (e.g. `obligation:<slug>/10-1-1-1`); null when unknown.',
    args: { id: t.arg.string({ required: true, description: 'Stable obligation key.' }) },
    resolve: (_root, args) => args.id,
  }),
  obligations: t.connection(
    {
      type: ObligationRef,
      description: 'Obligations in reading order, filtered by any combination of the arguments.',
      args: {
        bearer: t.arg.string({ description: 'Only obligations this actor (stable key, e.g. `actor:guowuyuan`) bears.' }),
        beneficiary: t.arg.string({ description: 'Only obligations that benefit this actor (stable key).' }),
        includeCollective: t.arg.boolean({
          defaultValue: false,
          description:
            'With `bearer`/`beneficiary`: also obligations of collectives the actor is a member of ' +
            '(e.g. 各片区 for one Area, a collective of central bodies for customs).',
        }),
        modality: t.arg({ type: [ModalityEnum], description: 'Only these modalities (one or several).' }),
        chapter: t.arg.int({ description: 'Only obligations stated in this chapter.' }),
        article: t.arg.int({ description: 'Only obligations stated in this article.' }),
        industry: t.arg.string({ description: 'Only obligations concerning this industry (stable key).' }),
        bearerMethod: t.arg({ type: [BearerMethodEnum], description: 'Only obligations whose bearers were found this way.' }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx) =>
        loadPage(ctx, OBLIGATIONS_PAGE, args, {
          ...(await scopeAt(ctx, args)),
          bearer: args.bearer ?? null,
          beneficiary: args.beneficiary ?? null,
          includeCollective: args.includeCollective ?? false,
          modalities: args.modality ?? null,
          chapter: args.chapter ?? null,
          article: args.article ?? null,
          industry: args.industry ?? null,
          bearerMethods: args.bearerMethod ?? null,
        }),
    },
    ObligationConnection,
  ),
}));
