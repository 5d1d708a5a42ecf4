// GraphML for Gephi, yEd and NetworkX. Attribute keys are declared from the values actually present, typed
// (int, double, boolean, string) so that Gephi imports numbers as numbers. Gephi also reads the reserved
// names `label`, `x`, `y`, `size`, `r`, `g`, `b` and `weight` as the node label, position, size, colour
// and edge weight.
export type AttrValue = string | number | boolean | null | undefined;

export interface ExportNode {
  id: string;
  attrs: Record<string, AttrValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  attrs: Record<string, AttrValue>;
}

export interface ExportGraph {
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
}

export type GraphmlType = 'boolean' | 'int' | 'double' | 'string';

/** Coordinates and weights are real numbers even when a value happens to be whole. */
const DEFAULT_KEY_TYPES: Record<string, GraphmlType> = { x: 'double', y: 'double', size: 'double', weight: 'double' };

// XML 1.0 forbids most control characters even as character references, so they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function typeOf(value: AttrValue): GraphmlType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** The widest type that holds every value seen: int ⊂ double ⊂ string; booleans mixed with anything become strings. */
function widen(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

function declareKeys(items: readonly { attrs: Record<string, AttrValue> }[], declared: Record<string, GraphmlType>): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const { attrs } of items) {
    for (const [name, value] of Object.entries(attrs)) {
      const type = typeOf(value);
      if (type) keys.set(name, widen(keys.get(name) ?? declared[name], type));
    }
  }
  return keys;
}

function formatValue(value: AttrValue, type: GraphmlType): string {
  if (type === 'string') return escapeXml(String(value));
  return String(value);
}

export interface GraphmlOptions {
  id?: string;
  description?: string;
  /** Types to use for keys whatever their values (widened if a value does not fit). */
  keyTypes?: Record<string, GraphmlType>;
}

export function toGraphml(graph: ExportGraph, { id = 'regatlas', description = '', keyTypes = DEFAULT_KEY_TYPES }: GraphmlOptions = {}): string {
  const nodeKeys = declareKeys(graph.nodes, keyTypes);
  const edgeKeys = declareKeys(graph.edges, keyTypes);
  // Key ids are prefixed by domain: GraphML needs unique ids, while the same name may exist for nodes and edges.
  const keyId = (domain: 'n' | 'e', name: string) => `${domain}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  if (description) lines.push(`  <desc>${escapeXml(description)}</desc>`);
  for (const [name, type] of nodeKeys) {
    lines.push(`  <key id="${escapeXml(keyId('n', name))}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  }
  for (const [name, type] of edgeKeys) {
    lines.push(`  <key id="${escapeXml(keyId('e', name))}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  }
  lines.push(`  <graph id="${escapeXml(id)}" edgedefault="directed">`);
  const data = (domain: 'n' | 'e', attrs: Record<string, AttrValue>, keys: Map<string, GraphmlType>) =>
    Object.entries(attrs)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => `      <data key="${escapeXml(keyId(domain, name))}">${formatValue(value, keys.get(name) ?? 'string')}</data>`);
  for (const node of graph.nodes) {
    const body = data('n', node.attrs, nodeKeys);
    lines.push(body.length ? `    <node id="${escapeXml(node.id)}">\n${body.join('\n')}\n    </node>` : `    <node id="${escapeXml(node.id)}"/>`);
  }
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  for (const edge of graph.edges) {
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    const open = `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    const body = data('e', edge.attrs, edgeKeys);
    lines.push(body.length ? `${open}>\n${body.join('\n')}\n    </edge>` : `${open}/>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
