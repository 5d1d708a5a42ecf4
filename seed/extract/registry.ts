// The actors, zones and industries of one regulation as the rules find them: every name the grammar reads
// (read-actor-phrase.ts) is composed into an actor (compose-actor.ts) and kept here under a stable id, so that
// the same body named twice, or by its defined short form, is one actor. Ids are readable ASCII: national
// bodies and shared roles by their name (actor:guowuyuan, actor:qiye), everything local under the
// jurisdiction it belongs to (actor:shanghai-renmin-zhengfu, actor:xinjiang-kashi-pianqu).
import type { Actor, ActorKind, Industry } from '../types.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { composeActor, words, zoneNameEnglish, type ActorSpec, type ComposeContext } from './compose-actor.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { normalizeScript } from './normalize-script.ts';
import type { PhraseLexicon } from './phrase-tokens.ts';
import type { GrammarContext, PhraseConjunct } from './read-actor-phrase.ts';
import { slugWords } from './slug.ts';

export interface ActorEntry extends Actor {
  collective: boolean;
}

export interface Registry {
  /** The regulation being read: the keys of what it owns are scoped by it. */
  regulationId: string;
  vocabulary: Vocabulary;
  jurisdiction: Jurisdiction;
  lexicon: PhraseLexicon;
  grammar: GrammarContext;
  actors: Map<string, ActorEntry>;
  /** Canonical name → id. */
  byName: Map<string, string>;
  industries: Map<string, Industry>;
  /** Normalised surface form → industry id. */
  industryForms: Map<string, string>;
  /** The zone the regulation is about (its title's zone), if any. */
  wholeZone: string | null;
  /** Its Areas: zones of the regulation below the zone as a whole. */
  areas: Set<string>;
  /** The collective of the Areas (各片区), once named. */
  areasCollective: string | null;
}

export function createRegistry(
  regulationId: string,
  vocabulary: Vocabulary,
  jurisdiction: Jurisdiction,
  lexicon: PhraseLexicon,
  grammar: GrammarContext,
): Registry {
  return {
    regulationId,
    vocabulary,
    jurisdiction,
    lexicon,
    grammar,
    actors: new Map(),
    byName: new Map(),
    industries: new Map(),
    industryForms: new Map(),
    wholeZone: null,
    areas: new Set(),
    areasCollective: null,
  };
}

export function composeContext(registry: Registry): ComposeContext {
  return {
    vocabulary: registry.vocabulary,
    lexicon: registry.lexicon,
    jurisdiction: registry.jurisdiction,
    englishOf: (id) => registry.actors.get(id)?.nameEn,
  };
}

/** The regulation's jurisdiction for the bodies it creates, or null for a national text (no jurisdiction slug). */
export function ownJurisdiction(registry: Registry): Jurisdiction | null {
  return registry.jurisdiction.slug === '' ? null : registry.jurisdiction;
}

function actorIdFor(spec: Pick<ActorSpec, 'jurisdiction' | 'idWords' | 'national'>): string {
  const slug = slugWords(spec.idWords);
  const prefix = spec.jurisdiction !== null && spec.jurisdiction.slug !== '' ? spec.jurisdiction.slug : '';
  return `actor:${[prefix, slug].filter((s) => s !== '').join('-') || 'unnamed'}`;
}

/** The actor of a composed spec: the one already known under its canonical name, else a new one. */
export function ensureActorFromSpec(registry: Registry, spec: ActorSpec, surface: string, options: { collective?: boolean } = {}): string {
  const key = `${spec.jurisdiction?.slug ?? (spec.national ? '' : '*')}|${spec.name}`;
  const known = registry.byName.get(key);
  if (known !== undefined) {
    addAlias(registry, known, surface);
    addAlias(registry, known, spec.written);
    return known;
  }
  let id = actorIdFor(spec);
  for (let n = 2; registry.actors.has(id); n++) id = `${actorIdFor(spec)}-${n}`;
  registry.actors.set(id, {
    id,
    name: spec.name,
    nameEn: spec.nameEn,
    kind: spec.kind,
    jurisdiction: spec.jurisdiction?.name ?? null,
    aliases: [],
    members: [],
    collective: options.collective ?? false,
  });
  registry.byName.set(key, id);
  addAlias(registry, id, spec.written);
  addAlias(registry, id, surface);
  return id;
}

export function addAlias(registry: Registry, actorId: string, alias: string): void {
  const actor = registry.actors.get(actorId);
  const form = alias.trim();
  if (actor === undefined || form === '' || form === actor.name || actor.aliases.includes(form)) return;
  actor.aliases.push(form);
}

/**
 * The actor a name denotes, created if new. `surface` is the text as written (with its determiners).
 * A bare zone word is the regulation's zone or its Areas; a portfolio-only member takes the kind and
 * placing of its collective.
 */
export function resolveConjunct(registry: Registry, conjunct: PhraseConjunct, surface: string, collectiveOf?: string): string | null {
  const denotation = composeActor(conjunct.parts, composeContext(registry));
  if (denotation === null) return null;
  if (denotation.type === 'term') return denotation.actor;
  if (denotation.type === 'zone') {
    if (denotation.tier === 'zone') return registry.wholeZone ?? ensureZone(registry, conjunct, surface);
    // 片区, 各片区 are the regulation's Areas; a bare 综合保税区 or 保税区 is a kind of place, no one zone.
    return /片区$/.test(normalizeScript(surface)) ? ensureAreasCollective(registry) : null;
  }
  const { spec } = denotation;
  const zoneName = conjunct.parts.length === 1 && conjunct.parts[0]!.type === 'ZONE_NAME' ? conjunct.parts[0]! : null;
  if (zoneName !== null) return ensureZone(registry, conjunct, surface);
  if (conjunct.bare === true && collectiveOf !== undefined) {
    const collective = registry.actors.get(collectiveOf);
    if (collective !== undefined) {
      const placed: ActorSpec = {
        ...spec,
        kind: collective.kind,
        nameEn: `${spec.nameEn} authorities`,
        jurisdiction: collective.jurisdiction === null ? null : registry.jurisdiction,
        national: collective.jurisdiction === null,
      };
      return ensureActorFromSpec(registry, placed, surface);
    }
  }
  return ensureActorFromSpec(registry, spec, surface);
}

/** A named zone (乌鲁木齐片区, 中国（上海）自由贸易试验区): the regulation's whole zone or one of its Areas. */
export function ensureZone(registry: Registry, conjunct: PhraseConjunct, surface: string): string {
  const zonePart = conjunct.parts.find((p) => p.type === 'ZONE_NAME' || p.type === 'ZONE');
  const token = zonePart?.token?.type === 'ZONE' ? zonePart.token.zone : null;
  const name = normalizeScript(surface).replace(/^各/, '');
  const nameEn = zonePart?.type === 'ZONE_NAME' ? zoneNameEnglish(zonePart, { vocabulary: registry.vocabulary }) : token?.en ?? name;
  const spec: ActorSpec = {
    name,
    written: name,
    nameEn,
    kind: 'ZONE',
    jurisdiction: ownJurisdiction(registry),
    national: false,
    idWords: zoneIdWords(registry, name),
  };
  const id = ensureActorFromSpec(registry, spec, surface);
  if (token?.tier === 'area' && id !== registry.wholeZone) registry.areas.add(id);
  return id;
}

function zoneIdWords(registry: Registry, name: string): string[] {
  const division = registry.jurisdiction.division;
  let rest = name;
  if (division !== null) rest = rest.replace(new RegExp(`^中国（(?:${division.name}|${division.short})）`), '').replace(new RegExp(`^(?:${division.name}|${division.short})`), '');
  return words(rest, { lexicon: registry.lexicon });
}

/** The collective of the regulation's Areas (各片区): defined by the text or implied by the word. */
export function ensureAreasCollective(registry: Registry): string {
  if (registry.areasCollective !== null) return registry.areasCollective;
  const spec: ActorSpec = {
    name: '各片区',
    written: '各片区',
    nameEn: 'All Areas',
    kind: 'ZONE',
    jurisdiction: ownJurisdiction(registry),
    national: false,
    idWords: ['各', '片区'],
  };
  const id = ensureActorFromSpec(registry, spec, '各片区', { collective: true });
  registry.areasCollective = id;
  for (const area of registry.areas) if (area !== id) addMembers(registry, id, [area]);
  return id;
}

export function addMembers(registry: Registry, collectiveId: string, memberIds: readonly string[]): void {
  const collective = registry.actors.get(collectiveId);
  if (collective === undefined) return;
  collective.collective = true;
  for (const member of memberIds) {
    if (member !== collectiveId && !collective.members.includes(member)) collective.members.push(member);
  }
}

/** A new collective actor named by a term (以下统称Y) or by the tail of an enumeration. */
export function ensureCollective(registry: Registry, name: string, kind: ActorKind, nameEn: string, national: boolean): string {
  const spec: ActorSpec = {
    name,
    written: name,
    nameEn,
    kind,
    jurisdiction: national ? null : ownJurisdiction(registry),
    national,
    idWords: words(name, { lexicon: registry.lexicon }),
  };
  return ensureActorFromSpec(registry, spec, name, { collective: true });
}

export function findIndustry(registry: Registry, surface: string): string | null {
  return registry.industryForms.get(normalizeScript(surface)) ?? null;
}

export function ensureIndustry(registry: Registry, name: string, classify: (name: string) => string | null, nameEn: (name: string) => string): string {
  const known = findIndustry(registry, name);
  if (known !== null) return known;
  const base = `industry:${slugWords(words(normalizeScript(name), { lexicon: registry.lexicon })) || 'unnamed'}`;
  let id = base;
  for (let n = 2; registry.industries.has(id); n++) id = `${base}-${n}`;
  registry.industries.set(id, { id, name, nameEn: nameEn(name), gbCode: classify(name), aliases: [] });
  registry.industryForms.set(normalizeScript(name), id);
  return id;
}

export function addIndustryAlias(registry: Registry, industryId: string, alias: string): void {
  const industry = registry.industries.get(industryId);
  const form = normalizeScript(alias);
  if (industry === undefined || registry.industryForms.has(form)) return;
  industry.aliases.push(alias);
  registry.industryForms.set(form, industryId);
}

/** Collective actors stand for their members (recursively); anything else stands for itself. */
export function resolveMembers(registry: Registry, actorIds: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (id: string, path: readonly string[]): void => {
    const actor = registry.actors.get(id);
    if (actor !== undefined && actor.collective && actor.members.length > 0 && !path.includes(id)) {
      for (const member of actor.members) visit(member, [...path, id]);
      return;
    }
    if (!out.includes(id)) out.push(id);
  };
  for (const id of actorIds) visit(id, []);
  return out;
}

/** Zones that are parts of the regulation's zone (its Areas), as opposed to the zone as a whole. */
export function memberZones(registry: Registry): Set<string> {
  return new Set(registry.areas);
}
