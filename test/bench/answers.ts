// Before anything is timed, every target must give the same answer to each canonical question: ours, the
// floor (in-process and over HTTP) and the peer where it can ask it. Each answer is brought to one canonical
// form (keys instead of Relay/internal ids, order normalised, zero counts dropped, the peer's four search
// lists merged by score as ours merges them), and the benchmark fails on any difference.
import { isDeepStrictEqual } from 'node:util';

type Json = any;
type Canonical = unknown;

interface Normalisers {
  ours(data: Json): Canonical;
  floor(rows: Json[]): Canonical;
  peer?(data: Json): Canonical;
}

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const counts = (cells: { modality: string; count: number }[]) =>
  Object.fromEntries(cells.filter((c) => c.count > 0).map((c) => [c.modality, c.count]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
const obligation = (o: Json, article: Json) => ({ id: o.id ?? o.key, modality: o.modality, marker: o.marker, text: o.text, article: article?.number ?? null, heading: article?.heading ?? null });
const mergeSearch = (lists: { kind: string; total: number; edges: { score: number; id: string }[] }[]) => {
  const hits = lists
    .flatMap((l) => l.edges.map((e) => ({ kind: l.kind, id: e.id, score: e.score })))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { totalCount: lists.reduce((n, l) => n + l.total, 0), hits: hits.slice(0, 20).map((h) => `${h.kind}:${h.id}`) };
};

export const NORMALISERS: Record<string, Normalisers> = {
  actorObligations: {
    ours: ({ actor }) => ({
      actor: { id: actor.key, name: actor.name, nameEn: actor.nameEn, kind: actor.kind },
      totalCount: actor.obligations.totalCount,
      obligations: byId(actor.obligations.edges.map((e: Json) => obligation(e.node, e.node.article))),
    }),
    floor: ([row]) => ({
      actor: row.actor,
      totalCount: row.totalCount,
      obligations: byId(row.obligations.map((o: Json) => obligation(o, o.article))),
    }),
    peer: ({ actors: [actor] }) => ({
      actor: { id: actor.id, name: actor.name, nameEn: actor.nameEn, kind: actor.kind },
      totalCount: actor.bearsConnection.totalCount,
      obligations: byId(actor.bearsConnection.edges.map((e: Json) => obligation(e.node, e.node.statedIn[0]))),
    }),
  },
  zoneIndustryMatrix: {
    ours: ({ zoneIndustryMatrix }) =>
      zoneIndustryMatrix.cells.map((c: Json) => `${c.zone.key}|${c.zone.name}|${c.industry.key}|${c.industry.name}|${c.industry.nameEn}|${c.level}|${c.article.number}`).sort(),
    floor: ([row]) => row.cells.map((c: Json) => `${c.zone.id}|${c.zone.name}|${c.industry.id}|${c.industry.name}|${c.industry.nameEn}|${c.level}|${c.article}`).sort(),
    peer: ({ actors }) =>
      actors
        .flatMap((a: Json) => a.developsConnection.edges.map((e: Json) => `${a.id}|${a.name}|${e.node.id}|${e.node.name}|${e.node.nameEn}|${e.properties.level}|${e.properties.article}`))
        .sort(),
  },
  search: {
    ours: ({ search }) => ({ totalCount: search.totalCount, hits: search.edges.map((e: Json) => `${e.node.kind}:${e.node.key}`) }),
    floor: ([row]) => ({ totalCount: row.totalCount, hits: row.hits.map((h: Json) => `${h.kind}:${h.key}`) }),
    peer: (data) =>
      mergeSearch([
        { kind: 'ARTICLE', total: data.articlesByText.totalCount, edges: data.articlesByText.edges.map((e: Json) => ({ score: e.score, id: e.node.id })) },
        { kind: 'OBLIGATION', total: data.obligationsByText.totalCount, edges: data.obligationsByText.edges.map((e: Json) => ({ score: e.score, id: e.node.id })) },
        { kind: 'ACTOR', total: data.actorsByName.totalCount, edges: data.actorsByName.edges.map((e: Json) => ({ score: e.score, id: e.node.id })) },
        { kind: 'INDUSTRY', total: data.industriesByName.totalCount, edges: data.industriesByName.edges.map((e: Json) => ({ score: e.score, id: e.node.id })) },
      ]),
  },
  neighborhood: {
    ours: ({ neighborhood }) => ({
      totalNodes: neighborhood.totalNodes,
      nodes: neighborhood.nodes.map((n: Json) => n.id).sort(),
      edges: neighborhood.edges.map((e: Json) => `${e.source}|${e.type}|${e.target}`).sort(),
    }),
    floor: ([row]) => ({
      totalNodes: row.totalNodes,
      nodes: row.nodes.map((n: Json) => n.id).sort(),
      edges: row.edges.map((e: Json) => `${e.source}|${e.type}|${e.target}`).sort(),
    }),
  },
  responsibilityMatrix: {
    ours: ({ responsibilityMatrix }) =>
      byId(responsibilityMatrix.rows.map((r: Json) => ({ id: r.actor.key, name: r.actor.name, kind: r.actor.kind, total: r.total, counts: counts(r.cells) }))),
    floor: (rows) => byId(rows.map((r: Json) => ({ id: r.actor.id, name: r.actor.name, kind: r.actor.kind, total: r.total, counts: counts(r.cells) }))),
    peer: ({ actors }) =>
      byId(
        actors.map((a: Json) => ({
          id: a.id,
          name: a.name,
          kind: a.kind,
          total: a.total.totalCount,
          counts: counts(['SHALL', 'RESPONSIBLE', 'MAY', 'SUPPORT', 'ENCOURAGE', 'MUST_NOT'].map((m) => ({ modality: m, count: a[m.toLowerCase()].totalCount }))),
        })),
      ),
  },
};

/** The first place two canonical answers differ, for the error message. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (!isDeepStrictEqual(a[i], b[i])) return firstDifference(a[i], b[i], `${path}[${i}]`);
    return `${path}: lengths ${a.length} and ${b.length}`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
    }
  }
  return `${path || 'answer'}: ${JSON.stringify(a)?.slice(0, 160)} ≠ ${JSON.stringify(b)?.slice(0, 160)}`;
}

export interface Answers {
  ours: Json;
  floor: Json[];
  floorHttp: Json[];
  peer?: Json;
}

/** Throws unless every target's answer equals ours after normalising; returns the canonical answer. `graph` names what was loaded, for the message. */
export function checkSameAnswers(query: string, answers: Answers, graph = 'regulation'): unknown {
  const normalise = NORMALISERS[query];
  if (!normalise) throw new Error(`api: no answer normaliser for ${query}`);
  const ours = normalise.ours(answers.ours);
  const others: Array<[string, unknown]> = [
    ['floor', normalise.floor(answers.floor)],
    ['floorHttp', normalise.floor(answers.floorHttp)],
  ];
  if (answers.peer !== undefined) {
    if (!normalise.peer) throw new Error(`api: the peer answered ${query} but there is no normaliser for it`);
    others.push(['peer', normalise.peer(answers.peer)]);
  }
  for (const [target, answer] of others) {
    if (!isDeepStrictEqual(answer, ours)) throw new Error(`api: ${target} and ours answer ${query} (${graph}) differently: ${firstDifference(answer, ours)}`);
  }
  return ours;
}
