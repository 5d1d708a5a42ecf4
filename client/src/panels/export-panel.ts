// Export: the graph on screen as PNG, SVG, GraphML (Gephi) and JSON; the current view's table as CSV.
import { h } from '../dom.ts';
import { toCsv, type Table } from '../export/csv.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { toExportGraph, toGraphJson } from '../export/export-graph.ts';
import { toGraphml } from '../export/graphml.ts';
import { toSvg } from '../export/svg.ts';
import { dataOf, edgeModality, type GraphData } from '../cy/graph-data.ts';
import { translate } from '../i18n.ts';
import { tr, type PanelContext } from './common.ts';

const GENERATOR = 'RegAtlas';

/** The selected regulations' titles as the API gives them, or null when they cannot be had (exports still work without). */
async function regulationTitle(ctx: PanelContext): Promise<string | null> {
  try {
    const [catalog, scope] = await Promise.all([ctx.catalog(), ctx.scope()]);
    return catalog.filter((r) => scope.includes(r.key)).map((r) => r.title).join('；') || null;
  } catch {
    return null;
  }
}

/** The subgraph on screen as an edge list with both ends named. */
export function edgeListTable(graph: GraphData): Table {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    name: 'graph-edges',
    header: ['source', 'sourceLabel', 'type', 'modality', 'target', 'targetLabel', 'level', 'article', 'paragraph'],
    rows: graph.edges.map((e) => {
      const data = dataOf(e);
      return [
        e.source,
        byId.get(e.source)?.label ?? null,
        e.type,
        edgeModality(e, byId),
        e.target,
        byId.get(e.target)?.label ?? null,
        typeof data.level === 'string' ? data.level : null,
        typeof data.article === 'number' ? data.article : null,
        typeof data.paragraph === 'number' ? data.paragraph : null,
      ];
    }),
  };
}

export function mountExportPanel(root: HTMLElement, ctx: PanelContext, currentTable: () => Table | null): void {
  const filename = (ext: string, name = 'graph') => `regatlas-${name}.${ext}`;
  const exporters: Record<string, () => Promise<void> | void> = {
    png: async () => downloadBlob(await ctx.graph.png(), filename('png')),
    svg: async () => {
      const regulation = await regulationTitle(ctx);
      const app = translate(ctx.store.get().lang, 'appTitle');
      downloadText(toSvg(ctx.graph.svgScene(regulation ? `${app} · ${regulation}` : app)), filename('svg'), 'image/svg+xml');
    },
    csv: () => {
      const table = currentTable();
      if (!table) return;
      downloadText(toCsv(table.header, table.rows), filename('csv', table.name.replace(/[^\w.-]+/g, '-')), 'text/csv;charset=utf-8');
    },
    graphml: async () => {
      const regulation = await regulationTitle(ctx);
      const graph = toExportGraph(ctx.graph.visibleGraph(), ctx.store.get().lang, ctx.graph.positions());
      downloadText(toGraphml(graph, { description: `${regulation ? `${regulation}. ` : ''}${location.href}` }), filename('graphml'), 'application/graphml+xml');
    },
    json: async () => {
      const regulation = await regulationTitle(ctx);
      const meta = { ...(regulation ? { regulation } : {}), generator: GENERATOR, url: location.href };
      downloadText(toGraphJson(ctx.graph.visibleGraph(), meta, ctx.graph.positions()), filename('json'), 'application/json');
    },
  };

  const formats: [string, Parameters<typeof tr>[1], boolean][] = [
    ['png', 'exportPng', true],
    ['svg', 'exportSvg', true],
    ['graphml', 'exportGraphml', true],
    ['json', 'exportJson', true],
    ['csv', 'exportCsv', false],
  ];
  const summary = h('summary', { class: 'button' });
  const menu = h('details', { class: 'menu export-menu' });
  const buttons = formats.map(([format]) =>
    h(
      'button',
      {
        type: 'button',
        class: 'menu-item',
        'data-export': format,
        onclick: async () => {
          await exporters[format]?.();
          menu.open = false;
        },
      },
    ),
  );
  menu.append(summary, h('ul', { class: 'menu-body', role: 'list' }, buttons.map((b) => h('li', {}, b))));
  root.replaceChildren(menu);

  const relabel = () => {
    summary.textContent = tr(ctx, 'export');
    formats.forEach(([, key], i) => (buttons[i]!.textContent = tr(ctx, key)));
  };
  const updateEnabled = () => {
    const hasGraph = ctx.graph.visibleGraph().nodes.length > 0;
    formats.forEach(([, , needsGraph], i) => (buttons[i]!.disabled = needsGraph && !hasGraph));
  };
  ctx.store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) relabel();
  });
  ctx.graph.onRender(updateEnabled);
  relabel();
  updateEnabled();
}
