// compare(regulations: [...]): regulations side by side, answered in three queries whatever their
// number: each actor's obligations by modality per regulation, the actors every regulation names and those only
// one names, and each regulation's zone → industry links.
import { MODALITIES } from '../../seed/types.ts';
import { ACTORS_NAMED_BY, BORNE_BY_REGULATION } from '../queries/compare.ts';
import { developmentsOf, ZONE_INDUSTRY_MATRIX } from '../queries/matrix.ts';
import { runQuery } from '../queries/named-query.ts';
import type { ActorRow, DevelopmentRow, RegulationRow } from '../queries/rows.ts';
import { builder } from './builder.ts';
import { byModality, cellOf, ResponsibilityCell, type CellShape } from './matrix.ts';
import { badInput } from './pagination.ts';
import { ActorRef, RegulationRef, ZoneIndustryRef } from './refs.ts';
import { REGULATIONS } from '../queries/articles.ts';
import { regulationKeys } from './scope.ts';

interface ActorInRegulationShape {
  regulation: string;
  cells: CellShape[];
}

interface ActorComparisonShape {
  actor: ActorRow;
  regulations: ActorInRegulationShape[];
}

interface ComparisonShape {
  regulations: RegulationRow[];
  actors: ActorComparisonShape[];
  shared: ActorRow[];
  unique: { regulation: string; actors: ActorRow[] }[];
  zoneIndustries: { regulation: string; cells: DevelopmentRow[] }[];
}

const total = (r: ActorInRegulationShape) => r.cells.reduce((n, c) => n + c.count, 0);

const ActorInRegulation = builder.objectRef<ActorInRegulationShape>('ActorInRegulation').implement({
  description: 'What one actor bears in one of the regulations compared.',
  fields: (t) => ({
    regulation: t.field({ type: RegulationRef, description: 'The regulation.', resolve: (r) => r.regulation }),
    total: t.int({ description: 'Obligations it bears there.', resolve: total }),
    cells: t.field({
      type: [ResponsibilityCell],
      description: 'One cell per modality, in the order of `ResponsibilityMatrix.modalities`.',
      resolve: (r) => r.cells,
    }),
  }),
});

const ActorComparison = builder.objectRef<ActorComparisonShape>('ActorComparison').implement({
  description: 'An actor bearing obligations in at least one of the regulations compared, with a column per regulation.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (a) => a.actor }),
    regulations: t.field({
      type: [ActorInRegulation],
      description: 'One entry per regulation compared, in the order asked (zero counts where it bears nothing).',
      resolve: (a) => a.regulations,
    }),
    differs: t.boolean({
      description: 'Whether its counts of some modality differ between the regulations.',
      resolve: (a) => MODALITIES.some((_, m) => new Set(a.regulations.map((r) => r.cells[m]!.count)).size > 1),
    }),
  }),
});

const UniqueActors = builder.objectRef<{ regulation: string; actors: ActorRow[] }>('RegulationActors').implement({
  description: 'Actors that one regulation names and none of the others compared does.',
  fields: (t) => ({
    regulation: t.field({ type: RegulationRef, description: 'The regulation.', resolve: (u) => u.regulation }),
    actors: t.field({ type: [ActorRef], description: 'Its own actors, by kind then key.', resolve: (u) => u.actors }),
  }),
});

const RegulationZoneIndustries = builder.objectRef<{ regulation: string; cells: DevelopmentRow[] }>('RegulationZoneIndustries').implement({
  description: 'The zone → industry links one regulation states.',
  fields: (t) => ({
    regulation: t.field({ type: RegulationRef, description: 'The regulation.', resolve: (z) => z.regulation }),
    cells: t.field({ type: [ZoneIndustryRef], description: 'Each zone–industry link with its level and article.', resolve: (z) => z.cells }),
  }),
});

const Comparison = builder.objectRef<ComparisonShape>('Comparison').implement({
  description: 'Two or more regulations side by side.',
  fields: (t) => ({
    regulations: t.field({ type: [RegulationRef], description: 'The regulations compared, in the order asked.', resolve: (c) => c.regulations }),
    actors: t.field({
      type: [ActorComparison],
      description: 'Every actor bearing an obligation in one of them: its obligations by modality per regulation.',
      resolve: (c) => c.actors,
    }),
    sharedActors: t.field({ type: [ActorRef], description: 'Actors every regulation compared names.', resolve: (c) => c.shared }),
    uniqueActors: t.field({
      type: [UniqueActors],
      description: 'Per regulation, the actors only it names among those compared.',
      resolve: (c) => c.unique,
    }),
    zoneIndustries: t.field({
      type: [RegulationZoneIndustries],
      description: 'Per regulation, what each zone is to develop.',
      resolve: (c) => c.zoneIndustries,
    }),
  }),
});

builder.queryFields((t) => ({
  compare: t.field({
    type: Comparison,
    description:
      'Compares regulations side by side: responsibilities per actor, shared and own actors, and zone industries. Without ' +
      '`regulations`, every regulation in the graph (at most 10).',
    args: { regulations: t.arg.stringList({ description: 'Keys of the regulations to compare (1–10), in the order of the columns.' }) },
    resolve: async (_root, args, ctx) => {
      const keys = [...new Set(args.regulations ?? (await regulationKeys(ctx)))];
      // Left out on an empty graph: nothing to compare, an empty answer.
      if ((args.regulations && keys.length < 1) || keys.length > 10) {
        throw badInput(`Compare 1 to 10 distinct regulations (got ${keys.length}); name them with \`regulations:\`.`);
      }
      const params = { regulations: keys };
      const [found, borne, named, links] = await Promise.all([
        runQuery(ctx.db, REGULATIONS, params),
        runQuery(ctx.db, BORNE_BY_REGULATION, params),
        runQuery(ctx.db, ACTORS_NAMED_BY, params),
        runQuery(ctx.db, ZONE_INDUSTRY_MATRIX, { ...params, withArticles: false, articleText: false }),
      ]);
      const missing = keys.filter((key) => !found.some((row) => row.regulation.id === key));
      if (missing.length > 0) throw badInput(`No such regulation: ${missing.join(', ')}.`);
      const developments = developmentsOf(links[0]);
      const actors = new Map<string, ActorComparisonShape>();
      for (const row of borne) {
        let entry = actors.get(row.actor.id);
        if (!entry) {
          entry = { actor: row.actor, regulations: keys.map((regulation) => ({ regulation, cells: MODALITIES.map((modality) => cellOf(modality, [])) })) };
          actors.set(row.actor.id, entry);
        }
        const column = entry.regulations[keys.indexOf(row.regulation)]!;
        column.cells = byModality(row.cells, (modality, cell) => cellOf(modality, cell?.ids ?? []));
      }
      return {
        regulations: keys.map((key) => found.find((row) => row.regulation.id === key)!.regulation),
        actors: [...actors.values()],
        shared: named.filter((row) => row.regulations.length === keys.length).map((row) => row.actor),
        unique: keys.map((regulation) => ({
          regulation,
          actors: named.filter((row) => row.regulations.length === 1 && row.regulations[0] === regulation).map((row) => row.actor),
        })),
        zoneIndustries: keys.map((regulation) => ({ regulation, cells: developments.filter((link) => link.regulation === regulation) })),
      };
    },
  }),
}));
