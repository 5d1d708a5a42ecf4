// Curated knowledge the extractor matches against: actors, industries and phrases that look like
// entities but are not. The data lives in lexicon.json (reviewed like code); callers read it and pass
// it through validateLexicon, which is the only place that trusts its shape.
import { ACTOR_KINDS, type ActorKind } from './types.ts';

export interface LexiconActor {
  id: string;
  name: string;
  nameEn: string;
  kind: ActorKind;
  aliases: string[];
  /** Ids of the members a collective (各片区, 中央驻疆单位) stands for. */
  members: string[];
  /** A collective actor: as bearer or beneficiary it resolves to its members. */
  collective: boolean;
  /**
   * Bare words (a subset of name and aliases) that name this actor only inside an enumeration
   * ending in 等<collective>, e.g. 金融 in 海关、…、金融、…等中央驻疆单位 but not in 金融创新.
   */
  enumerationOnly: string[];
}

export interface LexiconIndustry {
  id: string;
  name: string;
  nameEn: string;
  /** GB/T 4754-2017 code where one clearly applies, else null. */
  gbCode: string | null;
  aliases: string[];
}

export interface Lexicon {
  version: number;
  /** The actor that stands for the whole zone in region-wide commitments (zone of ZoneIndustry). */
  wholeZone: string | null;
  actors: LexiconActor[];
  industries: LexiconIndustry[];
  /** Phrases that contain an entity name without naming it (海关特殊监管区域 is no customs office). */
  stopPhrases: string[];
}

export class LexiconError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid lexicon:\n  ${problems.join('\n  ')}`);
    this.name = 'LexiconError';
  }
}

// As in extracted-graph.schema.json.
const ACTOR_ID = /^actor:[a-z0-9-]+$/;
const INDUSTRY_ID = /^industry:[a-z0-9-]+$/;
const GB_CODE = /^([A-T]|\d{2,4}(-\d{2,4})?)$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the parsed lexicon.json and returns it typed; throws a LexiconError listing every problem. */
export function validateLexicon(json: unknown): Lexicon {
  const problems: string[] = [];
  const fail = (path: string, message: string): void => {
    problems.push(`${path}: ${message}`);
  };

  const readString = (obj: Json, key: string, path: string): string => {
    const value = obj[key];
    if (typeof value !== 'string' || value.trim() === '') {
      fail(`${path}.${key}`, `expected a non-empty string, got ${JSON.stringify(value)}`);
      return '';
    }
    return value;
  };
  const readStrings = (obj: Json, key: string, path: string, required: boolean): string[] => {
    const value = obj[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      fail(`${path}.${key}`, `expected an array of non-empty strings, got ${JSON.stringify(value)}`);
      return [];
    }
    return value as string[];
  };

  if (!isObject(json)) throw new LexiconError(['lexicon: expected an object']);
  const version = json['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) fail('lexicon.version', 'expected an integer');
  const wholeZoneValue = json['wholeZone'];
  if (wholeZoneValue !== null && wholeZoneValue !== undefined && typeof wholeZoneValue !== 'string') {
    fail('lexicon.wholeZone', 'expected an actor id or null');
  }
  const wholeZone = typeof wholeZoneValue === 'string' ? wholeZoneValue : null;

  const actorsValue = json['actors'];
  const industriesValue = json['industries'];
  if (!Array.isArray(actorsValue)) fail('lexicon.actors', 'expected an array');
  if (!Array.isArray(industriesValue)) fail('lexicon.industries', 'expected an array');

  const actors: LexiconActor[] = [];
  (Array.isArray(actorsValue) ? actorsValue : []).forEach((raw: unknown, i) => {
    const path = `lexicon.actors[${i}]`;
    if (!isObject(raw)) return fail(path, 'expected an object');
    const id = readString(raw, 'id', path);
    if (id && !ACTOR_ID.test(id)) fail(`${path}.id`, `"${id}" must look like actor:some-name`);
    const kind = raw['kind'];
    if (!ACTOR_KINDS.includes(kind as ActorKind)) {
      fail(`${path}.kind`, `expected one of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
    }
    const collective = raw['collective'];
    if (collective !== undefined && typeof collective !== 'boolean') fail(`${path}.collective`, 'expected a boolean');
    const actor: LexiconActor = {
      id,
      name: readString(raw, 'name', path),
      nameEn: readString(raw, 'nameEn', path),
      kind: kind as ActorKind,
      aliases: readStrings(raw, 'aliases', path, true),
      members: readStrings(raw, 'members', path, false),
      collective: collective === true,
      enumerationOnly: readStrings(raw, 'enumerationOnly', path, false),
    };
    for (const word of actor.enumerationOnly) {
      if (word !== actor.name && !actor.aliases.includes(word)) {
        fail(`${path}.enumerationOnly`, `"${word}" is neither the name nor an alias of ${id}`);
      }
    }
    if (actor.members.length > 0 && !actor.collective) fail(`${path}.members`, 'only a collective actor has members');
    actors.push(actor);
  });

  const industries: LexiconIndustry[] = [];
  (Array.isArray(industriesValue) ? industriesValue : []).forEach((raw: unknown, i) => {
    const path = `lexicon.industries[${i}]`;
    if (!isObject(raw)) return fail(path, 'expected an object');
    const id = readString(raw, 'id', path);
    if (id && !INDUSTRY_ID.test(id)) fail(`${path}.id`, `"${id}" must look like industry:some-name`);
    const gbCode = raw['gbCode'];
    if (gbCode !== null && (typeof gbCode !== 'string' || !GB_CODE.test(gbCode))) {
      fail(`${path}.gbCode`, `expected null or a GB/T 4754 code such as "27" or "17-18", got ${JSON.stringify(gbCode)}`);
    }
    industries.push({
      id,
      name: readString(raw, 'name', path),
      nameEn: readString(raw, 'nameEn', path),
      gbCode: typeof gbCode === 'string' ? gbCode : null,
      aliases: readStrings(raw, 'aliases', path, true),
    });
  });

  const stopPhrases = readStrings(json, 'stopPhrases', 'lexicon', false);

  // Every id once, every surface form naming one thing only: the matcher could not choose otherwise.
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  const claim = (form: string, owner: string, path: string): void => {
    const previous = forms.get(form);
    if (previous !== undefined && previous !== owner) fail(path, `"${form}" already names ${previous}`);
    forms.set(form, owner);
  };
  actors.forEach((actor, i) => {
    if (ids.has(actor.id)) fail(`lexicon.actors[${i}].id`, `duplicate id ${actor.id}`);
    ids.add(actor.id);
    for (const form of [actor.name, ...actor.aliases]) claim(form, actor.id, `lexicon.actors[${i}]`);
  });
  industries.forEach((industry, i) => {
    if (ids.has(industry.id)) fail(`lexicon.industries[${i}].id`, `duplicate id ${industry.id}`);
    ids.add(industry.id);
    for (const form of [industry.name, ...industry.aliases]) claim(form, industry.id, `lexicon.industries[${i}]`);
  });
  stopPhrases.forEach((phrase, i) => claim(phrase, '(stop phrase)', `lexicon.stopPhrases[${i}]`));

  const actorIds = new Set(actors.map((a) => a.id));
  actors.forEach((actor, i) => {
    for (const member of actor.members) {
      if (!actorIds.has(member)) fail(`lexicon.actors[${i}].members`, `unknown actor ${member}`);
      if (member === actor.id) fail(`lexicon.actors[${i}].members`, `${member} cannot be its own member`);
    }
  });
  if (wholeZone !== null && !actorIds.has(wholeZone)) fail('lexicon.wholeZone', `unknown actor ${wholeZone}`);

  if (problems.length > 0) throw new LexiconError(problems);
  return { version: version as number, wholeZone, actors, industries, stopPhrases };
}
