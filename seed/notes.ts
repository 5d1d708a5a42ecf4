// Optional notes kept beside one regulation's text (<text>.notes.json): they may give an English name, a kind
// or a GB/T code to an actor or industry that the rules found, under its Chinese name or one of its
// aliases. They never make an entity found: a note for a name the rules did not find is reported, not used.
import { ACTOR_KINDS, type ActorKind, type ExtractedGraph } from './types.ts';

export interface ActorNote {
  name: string;
  nameEn?: string;
  kind?: ActorKind;
}

export interface IndustryNote {
  name: string;
  nameEn?: string;
  gbCode?: string | null;
}

export interface RegulationNotes {
  actors: ActorNote[];
  industries: IndustryNote[];
}

export class NotesError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid notes:\n  ${problems.join('\n  ')}`);
    this.name = 'NotesError';
  }
}

const GB_CODE = /^([A-T]|\d{2,4}(-\d{2,4})?)$/;
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateNotes(file: string, json: unknown): RegulationNotes {
  const problems: string[] = [];
  if (!isObject(json)) throw new NotesError(file, ['expected an object with "actors" and "industries"']);
  for (const key of Object.keys(json)) if (!['about', 'actors', 'industries'].includes(key)) problems.push(`unknown key "${key}"`);
  const read = <T>(key: 'actors' | 'industries', allowed: readonly string[], check: (item: Json, path: string) => T): T[] => {
    const value = json[key] ?? [];
    if (!Array.isArray(value)) {
      problems.push(`${key}: expected an array`);
      return [];
    }
    return value.flatMap((item, i) => {
      const path = `${key}[${i}]`;
      if (!isObject(item)) {
        problems.push(`${path}: expected an object`);
        return [];
      }
      for (const field of Object.keys(item)) if (!allowed.includes(field)) problems.push(`${path}: "${field}" cannot be set by a note (only ${allowed.join(', ')})`);
      if (typeof item['name'] !== 'string' || item['name'].trim() === '') problems.push(`${path}.name: expected the Chinese name the rules found`);
      if (item['nameEn'] !== undefined && (typeof item['nameEn'] !== 'string' || item['nameEn'].trim() === '')) problems.push(`${path}.nameEn: expected a non-empty string`);
      return [check(item, path)];
    });
  };
  const actors = read('actors', ['name', 'nameEn', 'kind'], (item, path): ActorNote => {
    if (item['kind'] !== undefined && !ACTOR_KINDS.includes(item['kind'] as ActorKind)) problems.push(`${path}.kind: expected one of ${ACTOR_KINDS.join(', ')}`);
    return { name: item['name'] as string, ...(item['nameEn'] !== undefined && { nameEn: item['nameEn'] as string }), ...(item['kind'] !== undefined && { kind: item['kind'] as ActorKind }) };
  });
  const industries = read('industries', ['name', 'nameEn', 'gbCode'], (item, path): IndustryNote => {
    const code = item['gbCode'];
    if (code !== undefined && code !== null && (typeof code !== 'string' || !GB_CODE.test(code))) problems.push(`${path}.gbCode: expected null or a GB/T 4754 code such as "27" or "17-18"`);
    return {
      name: item['name'] as string,
      ...(item['nameEn'] !== undefined && { nameEn: item['nameEn'] as string }),
      ...(code !== undefined && { gbCode: code as string | null }),
    };
  });
  if (problems.length > 0) throw new NotesError(file, problems);
  return { actors, industries };
}

/** Applies the notes in place; returns the names of notes that match nothing the rules found. */
export function applyNotes(graph: ExtractedGraph, notes: RegulationNotes): string[] {
  const unused: string[] = [];
  const curated = { actors: new Set<string>(), industries: new Set<string>() };
  applyEach(graph.actors, notes.actors, unused, (actor, note) => {
    if (note.nameEn !== undefined) actor.nameEn = note.nameEn;
    if (note.kind !== undefined) actor.kind = note.kind;
    if (note.nameEn !== undefined || note.kind !== undefined) curated.actors.add(actor.id);
  });
  applyEach(graph.industries, notes.industries, unused, (industry, note) => {
    if (note.nameEn !== undefined) industry.nameEn = note.nameEn;
    if (note.gbCode !== undefined) industry.gbCode = note.gbCode;
    if (note.nameEn !== undefined || note.gbCode !== undefined) curated.industries.add(industry.id);
  });
  if (curated.actors.size + curated.industries.size > 0) {
    graph.curated = { actors: [...curated.actors].sort(), industries: [...curated.industries].sort() };
  }
  return unused;
}

/** Each note to the entity found under its name or an alias; the names of notes that find none go to `unused`. */
function applyEach<E extends { name: string; aliases: string[] }, N extends { name: string }>(
  entities: E[],
  notes: readonly N[],
  unused: string[],
  apply: (entity: E, note: N) => void,
): void {
  for (const note of notes) {
    const entity = entities.find((e) => e.name === note.name || e.aliases.includes(note.name));
    if (entity === undefined) unused.push(note.name);
    else apply(entity, note);
  }
}
