// The five corpus texts RegAtlas was not built on (../shared/corpus, see its SOURCES.md): each parses to the
// structure SOURCES.md gives, extracts without error, and yields only entities of its own text: every actor,
// zone and industry is named in it, none carries another regulation's jurisdiction or places, and ids are
// readable ASCII. Skipped where the corpus is not on the machine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { CORPUS_DIR } from '../eval/texts.ts';

const TEXTS = [
  { file: 'shanghai-ftz-regulations-2014.txt', chapters: 9, articles: 57, jurisdiction: '上海市' },
  { file: 'zhejiang-ftz-regulations-2017.txt', chapters: 8, articles: 59, jurisdiction: '浙江省' },
  { file: 'hainan-free-trade-port-law-2021.txt', chapters: 8, articles: 57, jurisdiction: null },
  { file: 'shanghai-business-environment-2024.txt', chapters: 8, articles: 97, jurisdiction: '上海市' },
  { file: 'foreign-trade-law-2022.txt', chapters: 11, articles: 69, jurisdiction: null },
];
const XINJIANG = /新疆|乌鲁木齐|喀什|霍尔果斯|Xinjiang|Urumqi|Kashgar|Khorgos/;

describe.skipIf(!existsSync(CORPUS_DIR))('the corpus texts', () => {
  for (const text of TEXTS) {
    describe(text.file, () => {
      // Read in beforeAll: describe bodies run even when skipped, and the corpus may be absent.
      let plain = '';
      let graph: ExtractedGraph;
      beforeAll(() => {
        const source = readFileSync(join(CORPUS_DIR, text.file), 'utf8');
        plain = normalizeScript(source).replace(/\s+/g, '');
        graph = buildGraph(source);
      });

      it('parses to the structure of SOURCES.md, numbered without gaps', () => {
        expect(graph.chapters).toHaveLength(text.chapters);
        expect(graph.articles.map((a) => a.number)).toEqual(Array.from({ length: text.articles }, (_, i) => i + 1));
      });

      it('finds only actors, zones and industries its text names', () => {
        const surfaces = new Set(graph.mentions.map((m) => normalizeScript(m.surface)));
        for (const actor of graph.actors) {
          const named = [actor.name, ...actor.aliases].some((n) => plain.includes(normalizeScript(n).replace(/\s+/g, '')) || surfaces.has(normalizeScript(n)));
          expect(named, `${actor.id} ${actor.name}`).toBe(true);
        }
        for (const industry of graph.industries) {
          expect([industry.name, ...industry.aliases].some((n) => plain.includes(normalizeScript(n))), industry.name).toBe(true);
        }
      });

      it('gives no actor another regulation’s jurisdiction, places or English names', () => {
        for (const actor of graph.actors) {
          expect(`${actor.name} ${actor.nameEn}`, actor.id).not.toMatch(XINJIANG);
          // A local body belongs to this regulation's jurisdiction, or to a province the text itself names (海南省).
          if (actor.jurisdiction !== null && actor.jurisdiction !== text.jurisdiction) expect(plain, actor.id).toContain(actor.jurisdiction.replace(/(省|市|自治区)$/, ''));
        }
      });

      it('gives readable ASCII ids and English names', () => {
        for (const actor of graph.actors) {
          expect(actor.id).toMatch(/^actor:[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(actor.nameEn).toMatch(/^[\x20-\x7E–]+$/);
        }
        for (const industry of graph.industries) expect(industry.id).toMatch(/^industry:[a-z0-9]+(-[a-z0-9]+)*$/);
      });

      it('ties every obligation to text of its clause, with a bearer method', () => {
        expect(graph.obligations.length).toBeGreaterThan(20);
        for (const o of graph.obligations) {
          const paragraph = graph.articles.find((a) => a.number === o.article)?.paragraphs.find((p) => p.number === o.paragraph);
          const clause = o.item === null ? paragraph?.text : paragraph?.items.find((i) => i.number === o.item)?.text;
          expect(clause).toContain(o.text);
          if (o.bearerMethod === 'UNRESOLVED') expect(o.subject).not.toBeNull();
          if (o.bearers.length > 0) expect(['NONE', 'UNRESOLVED']).not.toContain(o.bearerMethod);
        }
      });
    });
  }
});
