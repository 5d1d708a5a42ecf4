// The synthetic regulations must be regulations to the real pipeline: the counts the generator promises,
// obligations of every modality, zones and industries the extractor finds, and the same text for the same seed.
// (Its numerals are seed/chinese-numerals.ts's formatChineseNumeral, tested with the parser.)
import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { MODALITIES } from '../../seed/types.ts';
import { ARTICLES_PER_SCALE, CHAPTERS_PER_SCALE, generateLongRegulation, generateRegulation } from './synthetic-regulation.ts';

describe('generateRegulation', () => {
  const one = generateRegulation({ scale: 1 });
  const graph = buildGraph(one.text, { id: 'regulation:synthetic-x1' });

  it('parses to 62 articles in 8 chapters at scale 1, numbered without gaps', () => {
    expect(one.articles).toBe(ARTICLES_PER_SCALE);
    expect(one.chapters).toBe(CHAPTERS_PER_SCALE);
    expect(graph.articles.map((a) => a.number)).toEqual(Array.from({ length: 62 }, (_, i) => i + 1));
    expect(graph.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(graph.chapters.find((c) => c.number === 4)?.title).toContain('产业');
  });

  it('scales to 62·N articles and 8·N chapters', () => {
    const three = generateRegulation({ scale: 3 });
    const parsed = buildGraph(three.text, { id: 'regulation:synthetic-x3' });
    expect(parsed.articles).toHaveLength(3 * 62);
    expect(parsed.chapters).toHaveLength(3 * 8);
    expect(three.newZones).toHaveLength(6);
  });

  it('yields obligations of every modality, with bearers', () => {
    const modalities = new Set(graph.obligations.map((o) => o.modality));
    expect([...modalities].sort()).toEqual([...MODALITIES].sort());
    const withBearers = graph.obligations.filter((o) => o.bearers.length > 0).length;
    expect(withBearers / graph.obligations.length).toBeGreaterThan(0.5);
    expect(graph.obligations.length).toBeGreaterThan(100);
  });

  it('adds its new zones to 各片区, and they develop industries found in the text', () => {
    const zones = graph.actors.find((a) => a.id === 'actor:xinjiang-ge-pianqu');
    const newZoneIds = graph.actors.filter((a) => one.newZones.some((z) => a.aliases.includes(z) || a.name === z)).map((a) => a.id);
    expect(newZoneIds).toHaveLength(one.newZones.length);
    expect(zones?.members).toEqual(expect.arrayContaining(newZoneIds));
    const developed = graph.zoneIndustries.filter((link) => newZoneIds.includes(link.zone));
    expect(developed.length).toBeGreaterThan(2);
    // Industries found by rule get readable pinyin ids.
    expect(developed.every((link) => /^industry:[a-z0-9]+(-[a-z0-9]+)*$/.test(link.industry))).toBe(true);
  });

  it('has the trailer the parser reads metadata from, and cites documents', () => {
    expect(graph.regulation).toMatchObject({
      title: one.title,
      adopted: '2025-11-28',
      promulgated: '2025-12-03',
      effective: '2026-01-01',
      issuer: '新疆维吾尔自治区人民代表大会常务委员会',
    });
    expect(graph.references.length).toBeGreaterThan(0);
    expect(graph.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['自贸试验区', '自贸办', '各片区']));
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateRegulation({ scale: 2 }).text).toBe(generateRegulation({ scale: 2 }).text);
    expect(generateRegulation({ scale: 2, seed: 1 }).text).not.toBe(generateRegulation({ scale: 2, seed: 2 }).text);
  });

  it('refuses scales it cannot number', () => {
    expect(() => generateRegulation({ scale: 0 })).toThrow(RangeError);
    expect(() => generateRegulation({ scale: 1.5 })).toThrow(RangeError);
    expect(() => generateRegulation({ scale: 200 })).toThrow(RangeError);
  });
});

describe('generateLongRegulation', () => {
  it('is the regulation N times over under fresh numbers, and ends with entry into force', () => {
    const parsed = parseRegulation(generateLongRegulation(3));
    expect(parsed.articles).toHaveLength(ARTICLES_PER_SCALE * 3);
    expect(parsed.chapters).toHaveLength(CHAPTERS_PER_SCALE * 3);
    expect(parsed.articles.map((a) => a.number)).toEqual(Array.from({ length: ARTICLES_PER_SCALE * 3 }, (_, i) => i + 1));
    expect(parsed.articles.at(-1)!.text).toBe('本条例自2026年1月1日起施行。');
    expect(generateLongRegulation(3)).toBe(generateRegulation({ scale: 3 }).text);
  });
});
