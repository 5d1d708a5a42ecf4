// The actors and industries known while one regulation is extracted: the lexicon, plus what the
// text itself teaches (aliases from 以下简称, collectives from 以下统称 and 等<collective>, industries
// enumerated under a level phrase). Surface forms are looked up in their normalised script.
import type { Lexicon } from '../lexicon.ts';
import type { Actor, ActorKind, Industry } from '../types.ts';
import { normalizeScript } from './normalize-script.ts';

export interface ActorEntry extends Actor {
  collective: boolean;
  /** Normalised bare words that name the actor only inside an enumeration ending in 等<collective>. */
  enumerationOnly: Set<string>;
}

export interface Registry {
  actors: Map<string, ActorEntry>;
  industries: Map<string, Industry>;
  /** Normalised surface form → actor id. */
  actorForms: Map<string, string>;
  /** Normalised surface form → industry id. */
  industryForms: Map<string, string>;
  stopPhrases: string[];
  wholeZone: string | null;
}

export function createRegistry(lexicon: Lexicon): Registry {
  const registry: Registry = {
    actors: new Map(),
    industries: new Map(),
    actorForms: new Map(),
    industryForms: new Map(),
    stopPhrases: lexicon.stopPhrases.map(normalizeScript),
    wholeZone: lexicon.wholeZone,
  };
  for (const actor of lexicon.actors) {
    registry.actors.set(actor.id, {
      id: actor.id,
      name: actor.name,
      nameEn: actor.nameEn,
      kind: actor.kind,
      aliases: [...actor.aliases],
      members: [...actor.members],
      collective: actor.collective,
      enumerationOnly: new Set(actor.enumerationOnly.map(normalizeScript)),
    });
    for (const form of [actor.name, ...actor.aliases]) registry.actorForms.set(normalizeScript(form), actor.id);
  }
  for (const industry of lexicon.industries) {
    registry.industries.set(industry.id, { ...industry, aliases: [...industry.aliases] });
    for (const form of [industry.name, ...industry.aliases]) {
      registry.industryForms.set(normalizeScript(form), industry.id);
    }
  }
  return registry;
}

/**
 * `actor:` or `industry:` + an ASCII slug of the name, as the published schema wants ([a-z0-9-]).
 * Without a transliteration table a CJK character becomes its hex code point (气象 → 6c14-8c61):
 * stable across releases and reversible.
 */
export function slugId(prefix: 'actor' | 'industry', name: string, taken: (id: string) => boolean): string {
  const parts: string[] = [];
  let ascii = '';
  for (const char of normalizeScript(name).toLowerCase()) {
    if (/[a-z0-9]/.test(char)) {
      ascii += char;
      continue;
    }
    if (ascii !== '') parts.push(ascii);
    ascii = '';
    if (/[\p{L}\p{N}]/u.test(char)) parts.push(char.codePointAt(0)!.toString(16));
  }
  if (ascii !== '') parts.push(ascii);
  const base = `${prefix}:${parts.join('-') || 'unnamed'}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export function findActor(registry: Registry, surface: string): string | null {
  return registry.actorForms.get(normalizeScript(surface)) ?? null;
}

export function findIndustry(registry: Registry, surface: string): string | null {
  return registry.industryForms.get(normalizeScript(surface)) ?? null;
}

/** Adds a surface form to an actor unless the form already names something. */
export function addActorAlias(registry: Registry, actorId: string, alias: string): void {
  const actor = registry.actors.get(actorId);
  const form = normalizeScript(alias);
  if (actor === undefined || registry.actorForms.has(form)) return;
  actor.aliases.push(alias);
  registry.actorForms.set(form, actorId);
}

export function ensureActor(
  registry: Registry,
  name: string,
  kind: ActorKind,
  options: { collective?: boolean } = {},
): string {
  const known = findActor(registry, name);
  if (known !== null) return known;
  const id = slugId('actor', name, (candidate) => registry.actors.has(candidate));
  registry.actors.set(id, {
    id,
    name,
    // No translation is known for a name the lexicon lacks; the Chinese name keeps it searchable.
    nameEn: name,
    kind,
    aliases: [],
    members: [],
    collective: options.collective ?? false,
    enumerationOnly: new Set(),
  });
  registry.actorForms.set(normalizeScript(name), id);
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

export function ensureIndustry(registry: Registry, name: string): string {
  const known = findIndustry(registry, name);
  if (known !== null) return known;
  const id = slugId('industry', name, (candidate) => registry.industries.has(candidate));
  registry.industries.set(id, { id, name, nameEn: name, gbCode: null, aliases: [] });
  registry.industryForms.set(normalizeScript(name), id);
  return id;
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

/** Zones that are members of a collective zone (the Areas), as opposed to the zone as a whole. */
export function memberZones(registry: Registry): Set<string> {
  const zones = new Set<string>();
  for (const actor of registry.actors.values()) {
    if (actor.collective && actor.kind === 'ZONE') for (const member of actor.members) zones.add(member);
  }
  return zones;
}
