// The statements one load sends, built from its rows: UNWIND batches that create the regulation's own nodes with
// their structural links, merge the shared bodies, and create the other relationships. Pure: load-graph.ts runs them.
import {
  KEYED_LABEL,
  SHARED_LABELS,
  type NodeLabel,
  type NodeRow,
  type PropertyValue,
  type RelationshipGroup,
  type RelationshipRow,
  type RelationshipType,
} from './graph-rows.ts';

/**
 * Relationships that give an owned node its one place (its chapter or regulation, article, paragraph, source
 * clause): created by the statement that creates the node, so that end needs no lookup and its id travels once.
 */
const STRUCTURAL_TYPES: ReadonlySet<RelationshipType> = new Set(['HAS_CHAPTER', 'HAS_ARTICLE', 'HAS_PARAGRAPH', 'HAS_ITEM', 'STATES', 'SOURCE']);

function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

// Statements: rows travel as arrays under one list of keys (not one map per row), and the regulation's id,
// which every owned row carries, travels once as $regulation.

export interface Statement {
  query: string;
  params: Record<string, unknown>;
  /** Rows the statement must have matched (RETURN count(*) AS created), and what it means when it did not. */
  expect?: { rows: number; problem: (missing: number) => string };
  onResult?: (rows: readonly Record<string, unknown>[]) => void;
}

const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Keys of the rows (`id` first when there is one), and those whose every value is the regulation's id. */
function columnsOf(rows: readonly Record<string, PropertyValue>[], regulation: string) {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  for (const key of keys) if (!PROPERTY_KEY.test(key)) throw new Error(`property key ${JSON.stringify(key)} cannot be written`);
  const ordered = [...keys].sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : 0));
  const fromRegulation = ordered.filter((key) => key === 'regulation' && rows.every((row) => row[key] === regulation));
  const columns = ordered.filter((key) => !fromRegulation.includes(key));
  return { columns, fromRegulation, values: (row: Record<string, PropertyValue>) => columns.map((key) => row[key] ?? null) };
}

/** `{id: row[2], title: row[3], regulation: $regulation}`: a null value sets no property. */
function propertyMap(columns: readonly string[], offset: number, fromRegulation: readonly string[]): string {
  return `{${[...columns.map((key, i) => `${key}: row[${offset + i}]`), ...fromRegulation.map((key) => `${key}: $regulation`)].join(', ')}}`;
}

interface Attachment {
  group: RelationshipGroup;
  /** The other end, created earlier in the transaction, by id of the node being created. */
  otherOf: Map<string, string>;
  other: NodeLabel;
  outgoing: boolean;
}

/**
 * The structural groups that can be created with `label`'s nodes: no properties, the other end already
 * written, and at most one row per node of `label`. Rows attached are taken out of `remaining`.
 */
export function attachmentsOf(label: NodeLabel, ids: ReadonlySet<string>, remaining: Map<RelationshipGroup, RelationshipRow[]>, written: ReadonlySet<NodeLabel>) {
  const attachments: Attachment[] = [];
  for (const [group, rows] of remaining) {
    const outgoing = group.fromLabel === label;
    const other = outgoing ? group.toLabel : group.fromLabel;
    if (!STRUCTURAL_TYPES.has(group.type) || group.fromLabel === group.toLabel || (!outgoing && group.toLabel !== label)) continue;
    if (!written.has(other) || rows.some((row) => Object.keys(row.props).length > 0)) continue;
    const [otherOf, left] = [new Map<string, string>(), [] as RelationshipRow[]];
    let unique = true;
    for (const row of rows) {
      const own = outgoing ? row.from : row.to;
      if (!ids.has(own)) left.push(row);
      else if (otherOf.has(own)) unique = false;
      else otherOf.set(own, outgoing ? row.to : row.from);
    }
    if (!unique || otherOf.size === 0) continue;
    attachments.push({ group, otherOf, other, outgoing });
    remaining.set(group, left);
  }
  return attachments;
}

export function ownedNodeStatements(label: NodeLabel, nodes: readonly NodeRow[], attachments: readonly Attachment[], regulation: string, size: number): Statement[] {
  const { columns, fromRegulation, values } = columnsOf(nodes, regulation);
  // Nodes with the same attachments (articles of a chapter, and those directly under the regulation) share a statement.
  const partitions = new Map<string, { links: Attachment[]; rows: PropertyValue[][] }>();
  for (const node of nodes) {
    const links = attachments.filter((a) => a.otherOf.has(node.id));
    const key = links.map((a) => attachments.indexOf(a)).join(',');
    let partition = partitions.get(key);
    if (!partition) partitions.set(key, (partition = { links, rows: [] }));
    partition.rows.push([...links.map((a) => a.otherOf.get(node.id)!), ...values(node)]);
  }
  const statements: Statement[] = [];
  for (const { links, rows } of partitions.values()) {
    const match = links.map((a, i) => `MATCH (p${i}:${a.other} {id: row[${i}]}) `).join('');
    const link = links.map((a, i) => (a.outgoing ? ` CREATE (n)-[:${a.group.type}]->(p${i})` : ` CREATE (p${i})-[:${a.group.type}]->(n)`)).join('');
    const create = `CREATE (n:${label}:${KEYED_LABEL} ${propertyMap(columns, links.length, fromRegulation)})`;
    const what = links.map((a) => `${a.group.type} (${a.group.fromLabel}→${a.group.toLabel})`).join(', ');
    for (const batch of batches(rows, size)) {
      statements.push({
        query: `UNWIND $rows AS row ${match}${create}${link}${links.length > 0 ? ' RETURN count(*) AS created' : ''}`,
        params: { rows: batch, regulation },
        ...(links.length > 0 && {
          expect: { rows: batch.length, problem: (missing: number) => `${what}: ${missing} ${label} node(s) point at ids that are not in the graph` },
        }),
      });
    }
  }
  return statements;
}

/** Shared nodes are merged; the ids of those the graph held already are passed to `existing`. */
export function sharedNodeStatements(label: NodeLabel, nodes: readonly NodeRow[], regulation: string, size: number, existing: string[]): Statement[] {
  // In id order, so that two loads merging the same bodies lock them in the same order instead of deadlocking.
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { columns, fromRegulation, values } = columnsOf(sorted, regulation);
  const query =
    `UNWIND $rows AS row MERGE (n:${label} {id: row[0]}) ON CREATE SET n.loading = true ` +
    `WITH n, row, n.loading IS NULL AS existed SET n = ${propertyMap(columns, 0, fromRegulation)}, n:${KEYED_LABEL} ` +
    'RETURN collect(CASE WHEN existed THEN row[0] END) AS existing';
  return [...batches(sorted.map(values), size)].map((batch) => ({
    query,
    params: { rows: batch, regulation },
    onResult: ([row]) => existing.push(...((row?.existing as string[] | undefined) ?? [])),
  }));
}

/**
 * Ends of which a load writes few nodes (its Regulation, and the bodies, industries and documents it names): looked
 * up once per statement, in `$<side>Ids` order, so that a row names them by position instead of seeking its id again.
 * A missing id leaves the statement no row to create, which its count reports.
 */
const FEW_NODE_LABELS: ReadonlySet<NodeLabel> = new Set(['Regulation', ...SHARED_LABELS]);

export function relationshipStatements(group: RelationshipGroup, rows: readonly RelationshipRow[], regulation: string, size: number): Statement[] {
  const { type, fromLabel, toLabel } = group;
  const { columns, fromRegulation, values } = columnsOf(rows.map((row) => row.props), regulation);
  const props = columns.length + fromRegulation.length > 0 ? ` ${propertyMap(columns, 2, fromRegulation)}` : '';
  const ends = [
    { side: 'a', label: fromLabel, few: FEW_NODE_LABELS.has(fromLabel), id: (row: RelationshipRow) => row.from },
    { side: 'b', label: toLabel, few: FEW_NODE_LABELS.has(toLabel), id: (row: RelationshipRow) => row.to },
  ];
  const looked = ends.filter((end) => end.few).map((end) => `${end.side}Nodes`);
  const lookups = ends
    .filter((end) => end.few)
    .map(({ side, label }, i) => {
      const carried = looked.slice(0, i).map((name) => `${name}, `).join('');
      return (
        `UNWIND range(0, size($${side}Ids) - 1) AS i MATCH (x:${label} {id: $${side}Ids[i]}) WITH ${carried}i, x ORDER BY i ` +
        `WITH ${carried}collect(x) AS ${side}Nodes WHERE size(${side}Nodes) = size($${side}Ids) `
      );
    })
    .join('');
  const matches = ends
    .map(({ side, label, few }, i) => (few ? '' : `MATCH (${side}:${label} {id: row[${i}]}) `))
    .join('');
  const bound = ends.map(({ side, few }, i) => (few ? `${side}Nodes[row[${i}]] AS ${side}` : side)).join(', ');
  const query =
    `${lookups}UNWIND $rows AS row ${matches}WITH ${bound}, row ` +
    `CREATE (a)-[:${type}${props}]->(b) RETURN count(*) AS created`;
  return [...batches(rows, size)].map((batch) => {
    const params: Record<string, unknown> = { regulation };
    const positions = ends.map(({ side, few, id }) => {
      if (!few) return null;
      const ids = [...new Set(batch.map(id))];
      params[`${side}Ids`] = ids;
      return new Map(ids.map((key, i) => [key, i]));
    });
    params.rows = batch.map((row) => [
      positions[0]?.get(row.from) ?? row.from,
      positions[1]?.get(row.to) ?? row.to,
      ...values(row.props),
    ]);
    return {
      query,
      params,
      expect: {
        rows: batch.length,
        problem: (missing: number) => `${type} (${fromLabel}→${toLabel}): ${missing} relationship(s) point at ids that are not in the graph`,
      },
    };
  });
}
