// The Cytoscape stylesheet, built from the palette: plain data, one block per node category and per
// modality, so the legend, the SVG export and the graph cannot disagree.
import type { StylesheetJson } from 'cytoscape';
import { MODALITIES, NODE_CATEGORIES } from '../model.ts';
import { DEFAULT_EDGE_LOOK, EDGE_TYPE_LOOKS, FONT_STACK, MODALITY_LOOKS, NODE_LOOKS, SELECTION_COLOR } from './palette.ts';

const LABEL_COLOR = '#1f2933';

export function buildStylesheet(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 13,
        color: LABEL_COLOR,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'border-width': 1.5,
        'min-zoomed-font-size': 7,
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
    // Obligations are small markers coloured by their modality; their label is the clause reference.
    {
      selector: 'node[type = "OBLIGATION"]',
      style: { 'font-size': 10, color: '#4a5160', 'text-max-width': '100px', width: 16, height: 16 },
    },
    ...MODALITIES.map((modality) => ({
      selector: `node[type = "OBLIGATION"][modality = "${modality}"]`,
      style: { 'border-color': MODALITY_LOOKS[modality].color, 'border-width': 2.5 },
    })),
    { selector: 'node[type = "ARTICLE"], node[type = "CHAPTER"]', style: { height: 18, 'font-size': 11 } },
    {
      selector: 'node[category = "LEADING_GROUP"], node[category = "OFFICE"], node[category = "ZONE"]',
      style: { 'font-size': 14, 'font-weight': 600 },
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
        'font-size': 10,
        color: '#6b5a3a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
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
    // Selection and its neighbourhood stand out; everything else steps back.
    {
      selector: 'node:selected',
      style: { 'border-color': SELECTION_COLOR, 'border-width': 4, 'overlay-opacity': 0, 'z-index': 20 },
    },
    { selector: 'edge:selected', style: { 'line-color': SELECTION_COLOR, 'target-arrow-color': SELECTION_COLOR, width: 4, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.1 } },
    { selector: 'node.neighbour', style: { 'font-weight': 600 } },
    { selector: 'node.fresh', style: { 'border-color': SELECTION_COLOR, 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.08 } },
  ];
  return sheet;
}
