import { MODALITIES, type Modality } from '../../seed/types.ts';
import { developmentsOf, OBLIGATION_TOTALS, RESPONSIBILITY_COUNTS, RESPONSIBILITY_MATRIX, ZONE_INDUSTRY_MATRIX } from '../queries/matrix.ts';
import { runQuery } from '../queries/named-query.ts';
import type { ActorRow, DevelopmentRow, IndustryRow, ObligationRow } from '../queries/rows.ts';
import { builder } from './builder.ts';
import { pageWindow, toConnection } from './pagination.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';
import { selectsPath } from './look-ahead.ts';
import { articlesFromKeys, articleTextOf, primeArticles } from './article-text.ts';
import { ActorKindEnum, ActorRef, ArticleRef, IndustryRef, ModalityEnum, ObligationConnection, ObligationRef, ZoneIndustryRef } from './refs.ts';

export interface CellShape {
  modality: Modality;
  count: number;
  /** Obligation keys in reading order; null where the request does not list them (look-ahead). */
  ids: string[] | null;
}

/** A cell whose obligations are known. */
export const cellOf = (modality: Modality, ids: string[]): CellShape => ({ modality, count: ids.length, ids });

/** One cell per modality, in MODALITIES order, from the cells a statement returned for the modalities present. */
export const byModality = <C extends { modality: Modality }>(cells: readonly C[], toCell: (modality: Modality, cell: C | undefined) => CellShape): CellShape[] =>
  MODALITIES.map((modality) => toCell(modality, cells.find((c) => c.modality === modality)));

interface RowShape {
  actor: ActorRow;
  cells: CellShape[];
}

export const ResponsibilityCell = builder.objectRef<CellShape>('ResponsibilityCell').implement({
  description: 'The obligations of one modality that one actor bears.',
  fields: (t) => ({
    modality: t.field({ type: ModalityEnum, description: 'The modality (column).', resolve: (c) => c.modality }),
    count: t.int({ description: 'How many obligations.', resolve: (c) => c.count }),
    obligations: t.connection(
      {
        type: ObligationRef,
        description: 'The obligations themselves, in reading order.',
        resolve: async (cell, args, ctx) => {
          const window = pageWindow(args);
          if (cell.ids === null) throw new Error('ResponsibilityCell.obligations: the ids were not read (look-ahead missed the field)');
          const keys = cell.ids.slice(window.offset, window.offset + window.limit);
          // Through the Obligation loader, so all cells of the matrix share one round trip.
          const rows = await ObligationRef.getDataloader(ctx).loadMany(keys);
          const page = rows.filter((row): row is ObligationRow => row !== null && !(row instanceof Error));
          return toConnection(window, { total: cell.count, page });
        },
      },
      ObligationConnection,
    ),
  }),
});

const ResponsibilityRow = builder.objectRef<RowShape>('ResponsibilityRow').implement({
  description: 'One actor (row) with its obligation counts per modality.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (r) => r.actor }),
    total: t.int({ description: 'All obligations it bears.', resolve: (r) => r.cells.reduce((n, c) => n + c.count, 0) }),
    cells: t.field({
      type: [ResponsibilityCell],
      description: 'One cell per modality, in the order of `ResponsibilityMatrix.modalities`.',
      resolve: (r) => r.cells,
    }),
  }),
});

interface ColumnsShape {
  cells: CellShape[];
}

const ResponsibilityColumns = builder.objectRef<ColumnsShape>('ResponsibilityColumns').implement({
  description: 'Obligations per modality across the whole matrix, each counted once (a duty two actors share is one obligation).',
  fields: (t) => ({
    total: t.int({ description: 'All of them.', resolve: (c) => c.cells.reduce((n, cell) => n + cell.count, 0) }),
    cells: t.field({
      type: [ResponsibilityCell],
      description: 'One cell per modality, in the order of `ResponsibilityMatrix.modalities`.',
      resolve: (c) => c.cells,
    }),
  }),
});

interface MatrixShape {
  rows: RowShape[];
  /** Per modality: every obligation in scope, and those no actor bears; read only when asked for. */
  columns: () => Promise<{ all: ColumnsShape; unnamed: ColumnsShape }>;
}

const ResponsibilityMatrix = builder.objectRef<MatrixShape>('ResponsibilityMatrix').implement({
  description: 'Who bears what: actors × modalities, counting the obligations each actor bears directly.',
  fields: (t) => ({
    modalities: t.field({
      type: [ModalityEnum],
      description: 'The columns, in order.',
      resolve: () => [...MODALITIES],
    }),
    rows: t.field({
      type: [ResponsibilityRow],
      description: 'Actors bearing at least one obligation, by kind then key.',
      resolve: (m) => m.rows,
    }),
    unnamed: t.field({
      type: ResponsibilityColumns,
      description:
        'Obligations no actor bears (未明确主体: 支持…/鼓励… without a subject, general prohibitions, subjects the rules could not ' +
        'place), whatever `kinds` says, so that a table with this row accounts for every obligation.',
      resolve: async (m) => (await m.columns()).unnamed,
    }),
    totals: t.field({
      type: ResponsibilityColumns,
      description: 'Every obligation in scope per modality, each once: the column totals (rows add up to more where actors share a duty).',
      resolve: async (m) => (await m.columns()).all,
    }),
  }),
});

interface ZoneIndustryMatrixShape {
  zones: ActorRow[];
  industries: IndustryRow[];
  cells: DevelopmentRow[];
}

const ZoneIndustryMatrix = builder.objectRef<ZoneIndustryMatrixShape>('ZoneIndustryMatrix').implement({
  description: 'Which zone is to develop which industry: the non-empty cells of zones × industries.',
  fields: (t) => ({
    zones: t.field({ type: [ActorRef], description: 'Zones with at least one industry (rows).', resolve: (m) => m.zones }),
    industries: t.field({
      type: [IndustryRef],
      description: 'Industries some zone is to develop (columns).',
      resolve: (m) => m.industries,
    }),
    cells: t.field({
      type: [ZoneIndustryRef],
      description: 'Each zone–industry link with its level and article.',
      resolve: (m) => m.cells,
    }),
  }),
});

builder.queryFields((t) => ({
  responsibilityMatrix: t.field({
    type: ResponsibilityMatrix,
    description: 'Actors × modalities with obligation counts; each cell can list its obligations.',
    args: {
      kinds: t.arg({ type: [ActorKindEnum], description: 'Only actors of these kinds.' }),
      regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
      asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx, info) => {
      const scope = await scopeAt(ctx, args);
      const withIds = selectsPath(info, ['rows', 'cells', 'obligations']);
      const rows = await runQuery(ctx.db, withIds ? RESPONSIBILITY_MATRIX : RESPONSIBILITY_COUNTS, { ...scope, kinds: args.kinds ?? null });
      let columns: ReturnType<MatrixShape['columns']> | undefined;
      return {
        rows: rows.map(({ actor, cells }) => ({
          actor,
          cells: byModality(cells, (modality, cell) => ({ modality, count: cell?.count ?? 0, ids: withIds ? (cell?.ids ?? []) : null })),
        })),
        columns: () =>
          (columns ??= runQuery(ctx.db, OBLIGATION_TOTALS, scope).then((totals) => ({
            all: { cells: byModality(totals, (modality, c) => cellOf(modality, c?.ids ?? [])) },
            unnamed: { cells: byModality(totals, (modality, c) => cellOf(modality, c?.unnamed ?? [])) },
          }))),
      };
    },
  }),
  zoneIndustryMatrix: t.field({
    type: ZoneIndustryMatrix,
    description: 'Zones × industries: what each zone is to develop, with level and article.',
    args: { regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }), asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }), },
    resolve: async (_root, args, ctx, info) => {
      const scope = await scopeAt(ctx, args);
      const [row] = await runQuery(ctx.db, ZONE_INDUSTRY_MATRIX, { ...scope, withArticles: selectsPath(info, ['cells', 'article']) && !articlesFromKeys(ctx), ...articleTextOf(ctx) });
      primeArticles(ctx, ArticleRef.getDataloader(ctx), row?.articles ?? []);
      // The statement returns each zone and industry once, in the links' order of first appearance.
      return { zones: row?.zones ?? [], industries: row?.industries ?? [], cells: developmentsOf(row) };
    },
  }),
}));
