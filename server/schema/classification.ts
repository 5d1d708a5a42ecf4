// The generic vocabulary the data is read with, as the API gives it to clients: GB/T 4754-2017 classes (to
// group industries by section and division) and the development levels with their ranks and English (for a
// legend of the zones × industries shading). Both come from seed/vocabulary/, never from one regulation.
import { VOCABULARY, type IndustryClass } from '../../seed/vocabulary.ts';
import { builder } from './builder.ts';
import { IndustryRef } from './refs.ts';

const CLASSES = new Map(VOCABULARY.industryClasses.map((c) => [c.code, c]));

/** The divisions a code covers: 18 → [18]; a range 17-18 → [17, 18]; a section letter → none. */
function divisionsOf(gbCode: string): IndustryClass[] {
  const range = /^(\d{2})-(\d{2})$/.exec(gbCode);
  if (!range) return CLASSES.get(gbCode)?.section ? [CLASSES.get(gbCode)!] : [];
  const [from, to] = [Number(range[1]), Number(range[2])];
  return VOCABULARY.industryClasses.filter((c) => c.section !== null && Number(c.code) >= from && Number(c.code) <= to);
}

/** The narrowest class that holds the whole code: the class itself, or for a range the section of all its divisions. */
function classOf(gbCode: string): IndustryClass | null {
  const exact = CLASSES.get(gbCode);
  if (exact) return exact;
  const sections = new Set(divisionsOf(gbCode).map((d) => d.section));
  const [section] = sections;
  return sections.size === 1 && section ? (CLASSES.get(section) ?? null) : null;
}

const IndustryClassRef = builder.objectRef<IndustryClass>('IndustryClass');
IndustryClassRef.implement({
  description: 'A class of GB/T 4754-2017 (国民经济行业分类): a section (letter) or a division (two digits).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Section letter (A–T) or two-digit division code.' }),
    name: t.exposeString('name', { description: 'Chinese name, e.g. 制造业.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name, e.g. Manufacturing.' }),
    section: t.field({
      type: IndustryClassRef,
      nullable: true,
      description: 'For a division, its section; null for a section.',
      resolve: (c) => (c.section === null ? null : (CLASSES.get(c.section) ?? null)),
    }),
  }),
});

const DevelopmentLevelRef = builder.objectRef<{ word: string; en: string; rank: number }>('DevelopmentLevel').implement({
  description: 'A verb phrase that says how strongly a zone is to develop an industry, from the generic vocabulary.',
  fields: (t) => ({
    level: t.exposeString('word', { description: 'As written, e.g. 重点发展.' }),
    levelEn: t.exposeString('en', { description: 'English gloss, e.g. "focus on".' }),
    rank: t.exposeInt('rank', { description: '3 a priority (重点, 优先), 2 an emphatic commitment (积极, 大力…), 1 a plain one.' }),
  }),
});

builder.objectFields(IndustryRef, (t) => ({
  classification: t.field({
    type: IndustryClassRef,
    nullable: true,
    description:
      'Its GB/T 4754-2017 class: the division or section `gbCode` names, with the section a division belongs to; for a ' +
      'range of divisions (17-18) the section holding them. Null without a code.',
    resolve: (industry) => (industry.gbCode === null ? null : classOf(industry.gbCode)),
  }),
  divisions: t.field({
    type: [IndustryClassRef],
    description: 'The GB/T 4754-2017 divisions its code covers (17-18 → 17 and 18); empty for a section or no code.',
    resolve: (industry) => (industry.gbCode === null ? [] : divisionsOf(industry.gbCode)),
  }),
}));

builder.queryFields((t) => ({
  developmentLevels: t.field({
    type: [DevelopmentLevelRef],
    description: 'Every development level the vocabulary knows, strongest first: what `ZoneIndustry.rank` and `levelEn` come from.',
    resolve: () => [...VOCABULARY.developmentLevels].sort((a, b) => b.rank - a.rank || a.word.localeCompare(b.word, 'zh')),
  }),
  industryClasses: t.field({
    type: [IndustryClassRef],
    description: 'The GB/T 4754-2017 sections and divisions, sections first, by code.',
    resolve: () => [...VOCABULARY.industryClasses].sort((a, b) => Number(a.section !== null) - Number(b.section !== null) || a.code.localeCompare(b.code)),
  }),
}));
