// Export: the graph on screen as a figure (PNG, SVG: title, legend, source line, no selection highlight), as
// GraphML (Gephi) and JSON; the current view's table as CSV. File names say the view, the regulations and the day.
import { h } from '../dom.ts';
import { toCsv, type Table } from '../export/csv.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { toExportGraph, toGraphJson } from '../export/export-graph.ts';
import { exportFileName, graphFigure, type RegulationRef } from '../export/figure-content.ts';
import { toGraphml } from '../export/graphml.ts';
import { framePng } from '../export/png-frame.ts';
import { toFigureSvg } from '../export/svg.ts';
import { dataOf, edgeModality, type GraphData, type GraphNode } from '../cy/graph-data.ts';
import { FONT_STACK } from '../cy/palette.ts';
import { tr, type PanelContext } from './common.ts';
import { closeMenu } from './menus.ts';

const GENERATOR = 'RegAtlas';

/** The regulations in scope with their titles and dates, or none when the API cannot say (exports still work without). */
async function regulationsInScope(ctx: PanelContext): Promise<{ keys: string[]; refs: RegulationRef[] }> {
  try {
    const [catalog, scope] = await Promise.all([ctx.catalog(), ctx.scope()]);
    return { keys: scope, refs: catalog.filter((r) => scope.includes(r.key)).map((r) => ({ key: r.key, title: r.title, effective: r.effective })) };
  } catch {
    return { keys: ctx.store.get().regulations, refs: [] };
  }
}

/** A node's label in full: an obligation's is cut to 20 characters by the API, its text is whole in `data`. */
export function fullLabel(node: GraphNode | undefined): string | null {
  if (!node) return null;
  const data = dataOf(node);
  if (node.type === 'OBLIGATION' && typeof data.text === 'string') return typeof data.marker === 'string' ? `${data.marker}：${data.text}` : data.text;
  return node.label;
}

/** The subgraph on screen as an edge list with both ends named in full and the citation of the clause behind each link. */
export function edgeListTable(graph: GraphData): Table {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const obligationEnd = (source: string, target: string) => [byId.get(source), byId.get(target)].find((n) => n?.type === 'OBLIGATION');
  return {
    name: 'graph',
    header: ['source', 'sourceLabel', 'type', 'modality', 'target', 'targetLabel', 'level', 'article', 'paragraph', 'citation'],
    rows: graph.edges.map((e) => {
      const data = dataOf(e);
      return [
        e.source,
        fullLabel(byId.get(e.source)),
        e.type,
        edgeModality(e, byId),
        e.target,
        fullLabel(byId.get(e.target)),
        typeof data.level === 'string' ? data.level : null,
        typeof data.article === 'number' ? data.article : null,
        typeof data.paragraph === 'number' ? data.paragraph : null,
        e.clause?.citation ?? obligationEnd(e.source, e.target)?.clause?.citation ?? null,
      ];
    }),
  };
}

export function mountExportPanel(root: HTMLElement, ctx: PanelContext, currentTable: () => Table | null): void {
  /** The figure formats are of the graph whatever view is shown; the CSV is of the view's table. */
  const fileName = (ext: string, regulations: readonly string[], view = ctx.store.get().view, part: string | null = null) =>
    exportFileName({ view, part, regulations, date: new Date(), ext });
  const figure = async () => {
    const { keys, refs } = await regulationsInScope(ctx);
    return { keys, frame: graphFigure({ graph: ctx.graph.visibleGraph(), lang: ctx.store.get().lang, regulations: refs, date: new Date() }) };
  };
  const exporters: Record<string, () => Promise<void> | void> = {
    png: async () => {
      // Drawn before anything is awaited, so that the image is of the graph as it is now.
      const image = ctx.graph.png();
      const { keys, frame } = await figure();
      downloadBlob(await framePng(image.blob, image.width, frame, FONT_STACK), fileName('png', keys, 'graph'));
    },
    svg: async () => {
      const { keys, frame } = await figure();
      downloadText(toFigureSvg(ctx.graph.svgScene(frame.title), frame), fileName('svg', keys, 'graph'), 'image/svg+xml');
    },
    csv: async () => {
      const table = currentTable();
      if (!table) return;
      const { keys } = await regulationsInScope(ctx);
      downloadText(toCsv(table.header, table.rows), fileName('csv', keys, undefined, table.name), 'text/csv;charset=utf-8');
    },
    graphml: async () => {
      const { keys, refs } = await regulationsInScope(ctx);
      const graph = toExportGraph(ctx.graph.visibleGraph(), ctx.store.get().lang, ctx.graph.positions());
      const titles = refs.map((r) => r.title).join('；');
      downloadText(toGraphml(graph, { description: `${titles ? `${titles}. ` : ''}${location.href}` }), fileName('graphml', keys, 'graph'), 'application/graphml+xml');
    },
    json: async () => {
      const { keys, refs } = await regulationsInScope(ctx);
      const titles = refs.map((r) => r.title).join('；');
      const meta = { ...(titles ? { regulation: titles } : {}), generator: GENERATOR, url: location.href };
      downloadText(toGraphJson(ctx.graph.visibleGraph(), meta, ctx.graph.positions()), fileName('json', keys, 'graph'), 'application/json');
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
    h('button', {
      type: 'button',
      class: 'menu-item',
      'data-export': format,
      onclick: async () => {
        await exporters[format]?.();
        closeMenu(menu);
      },
    }),
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
