// The Cytoscape stylesheet, built from the palette: plain data, one block per node category and per
// modality, so the legend, the SVG export and the graph cannot disagree. Label sizes are given in screen pixels
// and divided by the zoom (label-layer.ts rebuilds the sheet when the zoom changes): a label reads the same at
// any zoom, and zooming in makes room for more of them (label-declutter.ts hides those that would overlap).
import type { StylesheetJson } from 'cytoscape';
import { MODALITIES, NODE_CATEGORIES } from '../model.ts';
import { DEFAULT_EDGE_LOOK, EDGE_TYPE_LOOKS, FONT_STACK, MODALITY_LOOKS, NODE_LOOKS, SELECTION_COLOR } from './palette.ts';

const LABEL_COLOR = '#1f2933';

/** On-screen label sizes in px (the issue measured 7 px labels; at least 11 px is readable). */
export const LABEL_PX = { node: 13, key: 15, obligation: 12, article: 12, edge: 11 } as const;

export interface StylesheetOptions {
  /** The zoom the labels are sized for (1 = graph units are screen pixels). */
  zoom?: number;
}

export function buildStylesheet({ zoom = 1 }: StylesheetOptions = {}): StylesheetJson {
  // Screen pixels → graph units at this zoom.
  const at = (px: number) => px / zoom;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': at(LABEL_PX.node),
        color: LABEL_COLOR,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': at(3),
        'text-wrap': 'wrap',
        'text-max-width': `${at(140)}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': `${at(1)}px`,
        'text-background-shape': 'roundrectangle',
        'border-width': 1.5,
        'overlay-padding': 4,
      },
    },
    ...NODE_CATEGORIES.map((category) => {
      const look = NODE_LOOKS[category];
      return {
        selector: `node[category = "${category}"]`,
        style: {
          'background-color': look.color,
          'border-color': look.border,
          shape: look.shape,
          width: look.size,
          height: look.size,
        },
      };
    }),
    // Obligations are small markers coloured by their modality; their label is the modality and the gist.
    {
      selector: 'node[type = "OBLIGATION"]',
      style: { 'font-size': at(LABEL_PX.obligation), color: '#3b4250', 'text-max-width': `${at(180)}px`, width: 16, height: 16 },
    },
    ...MODALITIES.map((modality) => ({
      selector: `node[type = "OBLIGATION"][modality = "${modality}"]`,
      style: { 'border-color': MODALITY_LOOKS[modality].color, 'border-width': 2.5 },
    })),
    { selector: 'node[type = "ARTICLE"], node[type = "CHAPTER"]', style: { height: 18, 'font-size': at(LABEL_PX.article) } },
    {
      selector: 'node[category = "LEADING_GROUP"], node[category = "OFFICE"], node[category = "ZONE"]',
      style: { 'font-size': at(LABEL_PX.key), 'font-weight': 600 },
    },
    {
      selector: 'edge',
      style: {
        width: DEFAULT_EDGE_LOOK.width,
        'line-color': DEFAULT_EDGE_LOOK.color,
        'target-arrow-color': DEFAULT_EDGE_LOOK.color,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        opacity: 0.9,
        'font-family': FONT_STACK,
        'font-size': at(LABEL_PX.edge),
        color: '#6b5a3a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': `${at(1)}px`,
      },
    },
    ...Object.entries(EDGE_TYPE_LOOKS).map(([type, look]) => ({
      selector: `edge[type = "${type}"]`,
      style: { width: look.width, 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.line },
    })),
    ...MODALITIES.map((modality) => {
      const look = MODALITY_LOOKS[modality];
      return {
        selector: `edge[modality = "${modality}"]`,
        style: {
          width: look.width,
          'line-color': look.color,
          'target-arrow-color': look.color,
          'line-style': look.line,
        },
      };
    }),
    { selector: 'edge[label != ""]', style: { label: 'data(label)' } },
    { selector: 'edge[type = "MENTIONS"], edge[type = "STATES"]', style: { 'target-arrow-shape': 'none', opacity: 0.6 } },
    // Actors only: a link's width grows with the duties behind it; co-bearing has no direction.
    {
      selector: 'edge[type = "ACTOR_LINK"]',
      // Its count label is clickable (text-events): a click on "共担 3" opens that link, not a line passing under it.
      style: { width: 'mapData(count, 1, 12, 1.5, 7)', 'line-color': '#52606d', 'target-arrow-color': '#52606d', color: '#1f2933', 'font-size': at(LABEL_PX.edge + 1), 'text-events': 'yes' },
    },
    { selector: 'edge[relation = "CO_BEARS"]', style: { 'target-arrow-shape': 'none', 'line-color': '#2f6f9f' } },
    { selector: 'edge[relation = "BENEFITS"]', style: { 'line-color': '#2f855a', 'target-arrow-color': '#2f855a', 'line-style': 'dashed' } },
    { selector: 'edge[relation = "MEMBER_OF"]', style: { width: 1.5, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1', 'line-style': 'dotted' } },
    // A large graph (layouts.ts LARGE_GRAPH_NODES) draws its edges as straight strokes without arrows or labels:
    // bezier curves with arrows cost the canvas renderer seconds a frame at 10,000 edges. They take no pointer
    // events either: a drag that starts on one of them pans all the same, but it made the edge :active, and
    // one element restyled makes Cytoscape redraw its cached texture of the whole graph (seconds at 15,000).
    { selector: 'edge.bulk', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', label: '', 'line-style': 'solid', events: 'no' } },
    // Selection and its neighbourhood stand out; everything else steps back.
    {
      selector: 'node:selected',
      style: { 'border-color': SELECTION_COLOR, 'border-width': 4, 'overlay-opacity': 0, 'z-index': 20 },
    },
    { selector: 'edge:selected', style: { 'line-color': SELECTION_COLOR, 'target-arrow-color': SELECTION_COLOR, width: 4, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.1 } },
    { selector: 'node.neighbour', style: { 'font-weight': 600 } },
    { selector: 'node.fresh', style: { 'border-color': SELECTION_COLOR, 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node.on-path', style: { 'border-color': '#b45309', 'border-width': 4, opacity: 1, 'text-opacity': 1 } }, { selector: 'edge.on-path', style: { 'line-color': '#b45309', 'target-arrow-color': '#b45309', width: 4, opacity: 1, 'z-index': 15 } }, { selector: 'node.path-end', style: { 'border-width': 6, 'border-style': 'double' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08 } },
    // Where the label layer moved a label that had no room below its node: the same margin on every side.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -at(3) } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': at(3), 'text-margin-y': 0 } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -at(3), 'text-margin-y': 0 } },
    // A label that would overlap a more important one (label-declutter.ts); it keeps its box, so it can come back.
    // The minimum font size keeps Cytoscape from drawing it into a texture at all (thousands of them on a large graph).
    { selector: '.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0, 'min-zoomed-font-size': 1000 } },
    { selector: '.label-export-hidden', style: { label: '' } },
    // A hidden count label catches no clicks.
    { selector: 'edge.label-hidden', style: { 'text-events': 'no' } },
  ];
  return sheet;
}
