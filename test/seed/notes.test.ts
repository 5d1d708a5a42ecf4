import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NotesError, applyNotes, validateNotes } from '../../seed/notes.ts';
import { notesPathFor, readNotesBeside } from '../../seed/read-notes.ts';
import type { Actor, ExtractedGraph, Industry } from '../../seed/types.ts';

const FILE = 'seed/example.notes.json';

/** The problems validateNotes lists for `json`; fails the test if it accepts it. */
function problemsOf(json: unknown): string[] {
  try {
    validateNotes(FILE, json);
  } catch (error) {
    expect(error).toBeInstanceOf(NotesError);
    expect((error as NotesError).file).toBe(FILE);
    return (error as NotesError).problems;
  }
  throw new Error('the notes were accepted');
}

describe('validateNotes', () => {
  it('accepts English names and kinds of actors, English names and codes of industries', () => {
    const file = {
      about: 'why these notes exist',
      actors: [
        { name: '乌鲁木齐片区', nameEn: 'Urumqi Area' },
        { name: '中央驻疆单位', nameEn: 'Central agencies in Xinjiang', kind: 'CENTRAL_AGENCY' },
        { name: '税务' },
      ],
      industries: [
        { name: '纺织服装', nameEn: 'Textiles and apparel', gbCode: '17-18' },
        { name: '生物医药', gbCode: '27' },
        { name: '金融服务', gbCode: 'J' },
        { name: '跨境电商', gbCode: null },
      ],
    };
    // Fields a note leaves out stay out, so applying it cannot blank what the rules composed; `about` is dropped.
    const { about: _about, ...expected } = file;
    expect(validateNotes(FILE, file)).toEqual(expected);
  });

  it('reads a file without actors or industries as having none', () => {
    expect(validateNotes(FILE, { actors: [{ name: '管委会', kind: 'ZONE_AUTHORITY' }] })).toEqual({ actors: [{ name: '管委会', kind: 'ZONE_AUTHORITY' }], industries: [] });
    expect(validateNotes(FILE, {})).toEqual({ actors: [], industries: [] });
  });

  it('refuses a note that tries to set what only the rules may, with the file and path in the message', () => {
    const json = { actors: [{ name: '各片区', members: ['actor:xinjiang-kashi-pianqu'] }], industries: [{ name: '纺织服装', id: 'industry:textiles' }] };
    expect(problemsOf(json)).toEqual([
      'actors[0]: "members" cannot be set by a note (only name, nameEn, kind)',
      'industries[0]: "id" cannot be set by a note (only name, nameEn, gbCode)',
    ]);
    expect(() => validateNotes(FILE, json)).toThrow(
      `${FILE}: invalid notes:\n  actors[0]: "members" cannot be set by a note (only name, nameEn, kind)\n  industries[0]: "id" cannot be set by a note (only name, nameEn, gbCode)`,
    );
  });

  it('refuses a kind on an industry and a code on an actor', () => {
    expect(problemsOf({ actors: [{ name: '企业', gbCode: 'C' }], industries: [{ name: '纺织服装', kind: 'OTHER' }] })).toEqual([
      'actors[0]: "gbCode" cannot be set by a note (only name, nameEn, kind)',
      'industries[0]: "kind" cannot be set by a note (only name, nameEn, gbCode)',
    ]);
  });

  it('refuses bad values, listing every problem with its path', () => {
    const problems = problemsOf({
      zones: [],
      actors: [{ nameEn: 'No name' }, { name: '管委会', nameEn: ' ', kind: 'MINISTRY' }, '企业'],
      industries: [{ name: '纺织服装', gbCode: 'textiles' }],
    });
    expect(problems).toEqual([
      'unknown key "zones"',
      'actors[0].name: expected the Chinese name the rules found',
      'actors[1].nameEn: expected a non-empty string',
      expect.stringMatching(/^actors\[1\]\.kind: expected one of LEGISLATURE, .*, OTHER$/),
      'actors[2]: expected an object',
      'industries[0].gbCode: expected null or a GB/T 4754 code such as "27" or "17-18"',
    ]);
  });

  it('refuses notes that are no object, or lists that are no arrays', () => {
    expect(problemsOf([])).toEqual(['expected an object with "actors" and "industries"']);
    expect(problemsOf({ actors: { name: '管委会' } })).toEqual(['actors: expected an array']);
  });
});

function actor(id: string, name: string, fields: Partial<Actor> = {}): Actor {
  return { id, name, nameEn: `rules' English for ${name}`, kind: 'OTHER', jurisdiction: 'xinjiang', aliases: [], members: [], ...fields };
}

function industry(id: string, name: string, fields: Partial<Industry> = {}): Industry {
  return { id, name, nameEn: `rules' English for ${name}`, gbCode: null, aliases: [], ...fields };
}

function graphOf(actors: Actor[], industries: Industry[]): ExtractedGraph {
  return {
    regulation: { id: 'regulation:test', title: '中国（新疆）自由贸易试验区条例', issuer: null, adopted: null, promulgated: null, noticeNumber: null, effective: null },
    chapters: [],
    articles: [],
    actors,
    industries,
    obligations: [],
    zoneIndustries: [],
    definitions: [],
    references: [],
    mentions: [],
  };
}

describe('applyNotes', () => {
  const found = (): ExtractedGraph =>
    graphOf(
      [
        actor('actor:xinjiang-kashi-pianqu', '喀什片区', { kind: 'ZONE' }),
        actor('actor:zhongyang-zhujiang-danwei', '中央驻疆单位', { jurisdiction: null, aliases: ['海关、金融等中央驻疆单位'], members: ['actor:haiguan', 'actor:jinrong'] }),
        actor('actor:xinjiang-shuiwu', '税务'),
      ],
      [industry('industry:fangzhi-fuzhuang', '纺织服装', { aliases: ['纺织服装产业'], gbCode: '18' }), industry('industry:xiandai-wuliu', '现代物流')],
    );

  it('changes only the English names, kinds and codes of the entities it finds', () => {
    const graph = found();
    const expected = found();
    const unused = applyNotes(graph, {
      actors: [
        { name: '喀什片区', nameEn: 'Kashgar Area' },
        { name: '中央驻疆单位', nameEn: 'Central agencies stationed in Xinjiang', kind: 'CENTRAL_AGENCY' },
      ],
      industries: [{ name: '纺织服装', nameEn: 'Textiles and apparel', gbCode: '17-18' }],
    });
    expect(unused).toEqual([]);
    expected.actors[0]!.nameEn = 'Kashgar Area';
    expected.actors[1]!.nameEn = 'Central agencies stationed in Xinjiang';
    expected.actors[1]!.kind = 'CENTRAL_AGENCY';
    expected.industries[0]!.nameEn = 'Textiles and apparel';
    expected.industries[0]!.gbCode = '17-18';
    // Ids, names, aliases, members and jurisdictions stay what the rules found; what the notes set is recorded.
    expected.curated = { actors: [expected.actors[0]!.id, expected.actors[1]!.id].sort(), industries: [expected.industries[0]!.id] };
    expect(graph).toEqual(expected);
  });

  it('finds an entity by one of its aliases', () => {
    const graph = found();
    applyNotes(graph, { actors: [{ name: '海关、金融等中央驻疆单位', kind: 'CENTRAL_AGENCY' }], industries: [{ name: '纺织服装产业', nameEn: 'Textiles' }] });
    expect(graph.actors[1]!.kind).toBe('CENTRAL_AGENCY');
    expect(graph.industries[0]!.nameEn).toBe('Textiles');
  });

  it('can take a code away with null, and leaves what a note does not set', () => {
    const graph = found();
    applyNotes(graph, { actors: [{ name: '税务' }], industries: [{ name: '纺织服装', gbCode: null }] });
    expect(graph.industries[0]).toEqual({ ...found().industries[0], gbCode: null });
    expect(graph.actors[2]).toEqual(found().actors[2]);
  });

  it('makes nothing found: notes that match nothing are returned by name, not used', () => {
    const graph = found();
    const unused = applyNotes(graph, {
      actors: [{ name: '霍尔果斯片区', nameEn: 'Khorgos Area' }, { name: '喀什片区', nameEn: 'Kashgar Area' }],
      industries: [{ name: '光伏组件', nameEn: 'Photovoltaic modules' }],
    });
    expect(unused).toEqual(['霍尔果斯片区', '光伏组件']);
    expect(graph.actors).toHaveLength(3);
    expect(graph.industries).toHaveLength(2);
  });
});

describe('notesPathFor', () => {
  it('puts the notes beside the text, in place of its extension', () => {
    expect(notesPathFor('seed/xinjiang-ftz-regulations-2025.txt')).toBe('seed/xinjiang-ftz-regulations-2025.notes.json');
    expect(notesPathFor('/corpus/shanghai.ftz.2014.txt')).toBe('/corpus/shanghai.ftz.2014.notes.json');
  });

  it('appends to a name without extension, a dot in a folder name being none', () => {
    expect(notesPathFor('corpus/text')).toBe('corpus/text.notes.json');
    expect(notesPathFor('corpus.v2/text')).toBe('corpus.v2/text.notes.json');
    expect(notesPathFor('C:\\corpus.v2\\text')).toBe('C:\\corpus.v2\\text.notes.json');
  });

  it('finds the shipped Xinjiang notes, and they validate', () => {
    const notes = readNotesBeside(fileURLToPath(new URL('../../seed/xinjiang-ftz-regulations-2025.txt', import.meta.url)));
    expect(notes?.actors.find((a) => a.name === '喀什片区')?.nameEn).toBe('Kashgar Area');
    expect(notes?.industries).toEqual([{ name: '纺织服装', nameEn: 'Textiles and apparel', gbCode: '17-18' }]);
  });
});
