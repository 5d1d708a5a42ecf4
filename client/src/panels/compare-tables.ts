// The compare view as plain data: which rows and columns its two tables have, in which order, and their CSV.
// Pure, so that the ordering and the marks (differs, named by one regulation only) are tested without a browser.
import type { ResultOf } from '../api/graphql.ts';
import type { CompareQuery } from '../api/operations.ts';
import type { Table } from '../export/csv.ts';
import { ACTOR_KINDS, MODALITIES, type Modality } from '../model.ts';

export type Comparison = ResultOf<typeof CompareQuery>['compare'];
export type ActorRow = Comparison['actors'][number];
export type ZoneLink = Comparison['zoneIndustries'][number]['cells'][number];
type Zone = ZoneLink['zone'];
type Industry = ZoneLink['industry'];

const slug = (key: string) => key.replace(/^regulation:/, '');

/** Modalities some regulation counts, strongest first: the columns of each regulation's group. */
export function compareModalities(c: Comparison): Modality[] {
  const used = new Set(c.actors.flatMap((a) => a.regulations.flatMap((r) => r.cells.filter((x) => x.count > 0).map((x) => x.modality))));
  return MODALITIES.filter((m) => used.has(m));
}

/** Actor key → the regulation that alone names it, among those compared. */
export function onlyNamedBy(c: Comparison): Map<string, string> {
  const only = new Map<string, string>();
  for (const group of c.uniqueActors) for (const actor of group.actors) only.set(actor.key, group.regulation.key);
  return only;
}

const total = (row: ActorRow) => row.regulations.reduce((sum, r) => sum + r.total, 0);

/**
 * Rows by actor kind (governing bodies first); within a kind the actors several regulations name come before
 * those only one names (what can be compared first), then by how much each bears across the regulations.
 */
export function compareRows(c: Comparison): ActorRow[] {
  const only = onlyNamedBy(c);
  return [...c.actors].sort(
    (a, b) =>
      ACTOR_KINDS.indexOf(a.actor.kind) - ACTOR_KINDS.indexOf(b.actor.kind) ||
      Number(only.has(a.actor.key)) - Number(only.has(b.actor.key)) ||
      total(b) - total(a) ||
      a.actor.key.localeCompare(b.actor.key),
  );
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** ①, ②…: how the table's column groups and marks refer to the regulations compared (the API compares at most ten). */
export function regulationMark(index: number): string {
  return CIRCLED[index] ?? String(index + 1);
}

export function countIn(row: ActorRow, regulation: string, modality: Modality): number {
  return row.regulations.find((r) => r.regulation.key === regulation)?.cells.find((x) => x.modality === modality)?.count ?? 0;
}

export function totalIn(row: ActorRow, regulation: string): number {
  return row.regulations.find((r) => r.regulation.key === regulation)?.total ?? 0;
}

export function compareActorsTable(c: Comparison): Table {
  const modalities = compareModalities(c);
  const only = onlyNamedBy(c);
  const regulations = c.regulations.map((r) => r.key);
  return {
    name: 'responsibilities',
    header: ['actor', 'name', 'nameEn', 'kind', 'differs', 'onlyIn', ...regulations.flatMap((r) => [...modalities.map((m) => `${slug(r)}:${m}`), `${slug(r)}:total`])],
    rows: compareRows(c).map((row) => [
      row.actor.key,
      row.actor.name,
      row.actor.nameEn,
      row.actor.kind,
      row.differs,
      only.get(row.actor.key) ?? null,
      ...regulations.flatMap((r) => [...modalities.map((m) => countIn(row, r, m)), totalIn(row, r)]),
    ]),
  };
}

export interface ZoneGroup {
  regulation: string;
  /** Its zones with links: the whole zone first, then in the order the API lists their links. */
  zones: Zone[];
}

/** One column group per regulation compared (in their order), even a regulation whose zones develop nothing. */
export function zoneGroups(c: Comparison, wholeZones: readonly string[]): ZoneGroup[] {
  return c.regulations.map((r) => {
    const cells = c.zoneIndustries.find((z) => z.regulation.key === r.key)?.cells ?? [];
    const zones = new Map<string, Zone>();
    for (const cell of cells) if (!zones.has(cell.zone.key)) zones.set(cell.zone.key, cell.zone);
    const list = [...zones.values()];
    return { regulation: r.key, zones: [...list.filter((z) => wholeZones.includes(z.key)), ...list.filter((z) => !wholeZones.includes(z.key))] };
  });
}

/**
 * Industries any compared zone is to develop: those more regulations name first (what the FTZs share), then
 * those more zones name, then the strongest level.
 */
export function zoneIndustryRows(c: Comparison): Industry[] {
  const cells = c.zoneIndustries.flatMap((z) => z.cells.map((cell) => ({ ...cell, regulationKey: z.regulation.key })));
  const industries = new Map<string, Industry>();
  for (const cell of cells) if (!industries.has(cell.industry.key)) industries.set(cell.industry.key, cell.industry);
  const score = (key: string) => {
    const of = cells.filter((x) => x.industry.key === key);
    return new Set(of.map((x) => x.regulationKey)).size * 1000 + of.length * 10 + Math.max(0, ...of.map((x) => x.rank));
  };
  return [...industries.values()].sort((a, b) => score(b.key) - score(a.key) || a.key.localeCompare(b.key));
}

/** The links of one zone of one regulation to one industry (several when the text states it twice). */
export function linksAt(c: Comparison, regulation: string, zone: string, industry: string): ZoneLink[] {
  return (c.zoneIndustries.find((z) => z.regulation.key === regulation)?.cells ?? []).filter((x) => x.zone.key === zone && x.industry.key === industry);
}

export function compareZonesTable(c: Comparison): Table {
  return {
    name: 'zone-industries',
    header: ['regulation', 'zone', 'zoneName', 'industry', 'industryName', 'industryNameEn', 'gbCode', 'level', 'rank', 'article', 'paragraph', 'citation'],
    rows: c.zoneIndustries.flatMap((z) =>
      z.cells.map((x) => [z.regulation.key, x.zone.key, x.zone.name, x.industry.key, x.industry.name, x.industry.nameEn, x.industry.gbCode, x.level, x.rank, x.article.number, x.clause?.paragraph ?? null, x.clause?.citation ?? null]),
    ),
  };
}
