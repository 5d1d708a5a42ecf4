// What the API gives a client to label and group by: English chapter titles, GB/T 4754 classes of industries,
// and the development levels behind the zones × industries shading, all from the generic vocabulary.
import { describe, expect, it } from 'vitest';
import { chapterTitleEn } from '../../seed/chapter-titles.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

describe('labels and groups from the vocabulary', () => {
  it('gives chapters their English title where the vocabulary has one, and null where not', async () => {
    const data = await graphqlData(api.yoga, '{ chapters { number title titleEn } }');
    expect(data.chapters).toHaveLength(api.graph.chapters.length);
    for (const chapter of data.chapters) expect(chapter.titleEn, chapter.title).toBe(chapterTitleEn(chapter.title));
    expect(data.chapters.find((c: { number: number }) => c.number === 1).titleEn).toBe('General Provisions');
    expect(data.chapters.some((c: { titleEn: string | null }) => c.titleEn === null)).toBe(true);
  });

  it('puts every coded industry in its GB/T 4754 division and section', async () => {
    const data = await graphqlData(
      api.yoga,
      '{ industries(first: 100) { edges { node { key gbCode classification { code nameEn section { code name } } divisions { code } } } } industryClasses { code section { code } } }',
    );
    const industries = data.industries.edges.map((e: any) => e.node);
    const coded = industries.filter((i: { gbCode: string | null }) => i.gbCode !== null);
    expect(coded.length).toBeGreaterThan(3);
    for (const industry of coded) {
      const range = /^(\d{2})-(\d{2})$/.exec(industry.gbCode);
      if (range) {
        // A range of divisions sits in the section that holds them all.
        expect(industry.divisions.map((d: { code: string }) => d.code)).toEqual(
          Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => String(Number(range[1]) + i).padStart(2, '0')),
        );
        expect(industry.classification.code).toMatch(/^[A-T]$/);
      } else {
        expect(industry.classification.code).toBe(industry.gbCode);
        if (/^\d{2}$/.test(industry.gbCode)) expect(industry.classification.section.code).toMatch(/^[A-T]$/);
      }
    }
    expect(coded.some((i: { gbCode: string }) => /-/.test(i.gbCode))).toBe(true);
    for (const industry of industries.filter((i: { gbCode: string | null }) => i.gbCode === null)) expect(industry.classification).toBeNull();
    expect(data.industryClasses).toHaveLength(VOCABULARY.industryClasses.length);
  });

  it('lists the development levels strongest first, with the ranks the links carry', async () => {
    const data = await graphqlData(api.yoga, '{ developmentLevels { level levelEn rank } zoneIndustryMatrix { cells { level rank levelEn } } }');
    const ranks = data.developmentLevels.map((l: { rank: number }) => l.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const cell of data.zoneIndustryMatrix.cells) {
      const known = data.developmentLevels.find((l: { level: string }) => l.level === cell.level);
      if (known) expect([cell.rank, cell.levelEn]).toEqual([known.rank, known.levelEn]);
      else expect([cell.rank, cell.levelEn]).toEqual([1, null]);
    }
  });
});

describe('zone roles', () => {
  it('tells the whole zone, the Areas, the Areas together and other zone-like bodies apart', async () => {
    const data = await graphqlData(api.yoga, '{ actors(kind: [ZONE], first: 100) { edges { node { key zoneRole } } } regulation { wholeZone { key } } }');
    const roles = new Map<string, string>(data.actors.edges.map((e: any) => [e.node.key, e.node.zoneRole]));
    const zones = api.graph.actors.filter((a) => a.kind === 'ZONE');
    const collectives = zones.filter((z) => z.members.length > 0);
    const areas = zones.filter((z) => collectives.some((c) => c.members.includes(z.id)));
    expect(roles.get(data.regulation.wholeZone.key)).toBe('WHOLE_ZONE');
    for (const c of collectives) expect(roles.get(c.id), c.name).toBe('AREA_COLLECTIVE');
    for (const a of areas) expect(roles.get(a.id), a.name).toBe('AREA');
    expect(areas.length).toBeGreaterThan(1);
    const others = zones.filter((z) => ![data.regulation.wholeZone.key, ...collectives.map((c) => c.id), ...areas.map((a) => a.id)].includes(z.id));
    for (const o of others) expect(roles.get(o.id), o.name).toBe('OTHER_ZONE');
    const notZone = await graphqlData(api.yoga, '{ actor(id: "actor:haiguan") { zoneRole } }');
    expect(notZone.actor.zoneRole).toBeNull();
  });
});
