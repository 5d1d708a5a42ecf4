// The one schema builder. Fields are non-null unless a type file says otherwise; every connection carries
// `totalCount`; descriptions of the relay plugin's generated types and fields are set here.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from '../context.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  Scalars: { JSON: { Input: unknown; Output: unknown } };
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    nodeTypeOptions: {
      description:
        'An object with a Relay global id. Pass `id` to `node(id:)` to fetch it again; `key` holds the stable graph id ' +
        '(e.g. `actor:guowuyuan`, `article:<slug>/28`) that the other query fields take.',
    },
    idFieldOptions: { description: 'Relay global id (opaque); use it with `node(id:)`. See `key` for the stable graph id.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its Relay global `id`; null when nothing has that id.',
      args: { id: { description: 'A Relay global id as returned in an `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by Relay global id, in order; null entries for unknown ids.',
      args: { ids: { description: 'Relay global ids as returned in `id` fields.' } },
    },
    pageInfoTypeOptions: { description: 'Where a connection page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of this page, null for an empty page.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of this page; pass it as `after` to get the next page.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.', nullable: false },
    nodeFieldOptions: { description: 'The item.', nullable: false },
    cursorFieldOptions: { description: 'Opaque position of this item in the list; pass it as `after` or `before`.' },
    firstArgOptions: { description: 'Page size counted from the start (or from `after`): 0 to 100, default 20.' },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor` or edge `cursor`).' },
    lastArgOptions: { description: 'Page size counted back from `before`: 0 to 100.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with the total size of the list.' },
    defaultEdgeTypeOptions: { description: 'One item of a connection page with its cursor.' },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items in the whole list (all pages) under the given filters.', resolve: (parent) => parent.totalCount }),
);
