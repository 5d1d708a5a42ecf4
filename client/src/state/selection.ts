// Which regulations the views show: those the URL names that the graph holds, or by default the first
// regulation by key (the only one when there is one). Pure, so that the rule is tested without an API, and
// data-driven: no regulation is named here.

/** What the client knows of a regulation before it asks for more: its key, title and counts. */
export interface RegulationSummary {
  key: string;
  title: string;
}

/** The selection, in the catalog's (key) order; never empty while the catalog is not. */
export function resolveSelection(requested: readonly string[], catalog: readonly RegulationSummary[]): string[] {
  const known = catalog.filter((r) => requested.includes(r.key)).map((r) => r.key);
  if (known.length) return known;
  return defaultSelection(catalog);
}

export function defaultSelection(catalog: readonly RegulationSummary[]): string[] {
  const first = [...catalog].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0];
  return first ? [first.key] : [];
}

/** The selection after ticking or unticking one regulation; the last one cannot be unticked (a view of nothing). */
export function toggleRegulation(selection: readonly string[], key: string, catalog: readonly RegulationSummary[]): string[] {
  const next = selection.includes(key) ? selection.filter((k) => k !== key) : [...selection, key];
  if (!next.length) return [...selection];
  return catalog.map((r) => r.key).filter((k) => next.includes(k));
}

/** The header's name for a selection: the title of the one regulation, else null (the caller says "N regulations"). */
export function selectionTitle(selection: readonly string[], catalog: readonly RegulationSummary[]): string | null {
  return selection.length === 1 ? (catalog.find((r) => r.key === selection[0])?.title ?? null) : null;
}
