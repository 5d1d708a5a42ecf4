// Where a piece of text sits (article, paragraph 款, item 项) and how it is named on screen: the one place that
// writes 第28条第2款第1项 and Art. 28(2)(1), for the API's labels, the graph view and the client alike.
import { formatChineseNumeral } from '../../seed/chinese-numerals.ts';
import { articleKey } from '../../seed/graph-keys.ts';
import { builder } from './builder.ts';
import { RegulationRef } from './refs.ts';

export interface ClauseShape {
  /** Key of the regulation the clause is in (absent only for rows written before regulations were keyed). */
  regulation?: string | null;
  article: number;
  paragraph: number;
  item: number | null;
}

export interface Labels {
  label: string;
  labelEn: string;
}

export function articleLabels(article: number): Labels {
  return { label: `第${article}条`, labelEn: `Article ${article}` };
}

/** The article's heading as a regulation writes it: 第二十八条. */
export const articleNumeral = (article: number): string => `第${formatChineseNumeral(article)}条`;

/** An item's marker as a regulation writes it: （一）. */
export const itemMarker = (item: number): string => `（${formatChineseNumeral(item)}）`;

export function chapterLabels(chapter: number): Labels {
  return { label: `第${chapter}章`, labelEn: `Chapter ${chapter}` };
}

/** 第28条第2款 / Art. 28(2); with an item 第28条第2款第1项 / Art. 28(2)(1). */
export function clauseLabels({ article, paragraph, item }: ClauseShape): Labels {
  return {
    label: `第${article}条第${paragraph}款${item === null ? '' : `第${item}项`}`,
    labelEn: `Art. ${article}(${paragraph})${item === null ? '' : `(${item})`}`,
  };
}

/** 第十三条第一款第（一）项, the way Chinese legal writing cites a clause. */
export function formalClause({ article, paragraph, item }: ClauseShape): string {
  return `第${formatChineseNumeral(article)}条第${formatChineseNumeral(paragraph)}款${item === null ? '' : `第${itemMarker(item)}项`}`;
}

/** 《title》第十三条第一款 and "Art. 13(1), 《title》" (the title has no English in the data). */
export function citations(title: string, clause: ClauseShape | { article: number }): { citation: string; citationEn: string } {
  if (!('paragraph' in clause)) return { citation: `《${title}》${articleNumeral(clause.article)}`, citationEn: `Art. ${clause.article}, 《${title}》` };
  return { citation: `《${title}》${formalClause(clause)}`, citationEn: `${clauseLabels(clause).labelEn}, 《${title}》` };
}

export const ClauseRef = builder.objectRef<ClauseShape>('ClauseRef').implement({
  description: 'Where a piece of text sits in the regulation, with its display labels.',
  fields: (t) => ({
    regulation: t.string({
      nullable: true,
      description: 'Key of the regulation the clause is in, e.g. `regulation:<slug>`.',
      resolve: (c) => c.regulation ?? null,
    }),
    articleKey: t.string({
      nullable: true,
      description: 'Key of the article, e.g. `article:<slug>/28`: what `article(key:)` and the reader take.',
      resolve: (c) => (c.regulation ? articleKey(c.regulation, c.article) : null),
    }),
    article: t.exposeInt('article', { description: 'Article number.' }),
    paragraph: t.exposeInt('paragraph', { description: 'Paragraph (款) number within the article, from 1.' }),
    item: t.exposeInt('item', { nullable: true, description: 'Item (项) number; null for the paragraph\'s own text.' }),
    label: t.string({ description: 'Chinese label, e.g. 第28条第2款 or 第10条第1款第1项.', resolve: (c) => clauseLabels(c).label }),
    labelEn: t.string({ description: 'English label, e.g. Art. 28(2) or Art. 10(1)(1).', resolve: (c) => clauseLabels(c).labelEn }),
    citation: t.string({
      nullable: true,
      description: 'A citation to copy, e.g. 《中国（…）自由贸易试验区条例》第十三条第一款第（一）项; null when the regulation is unknown.',
      resolve: async (c, _args, ctx) => {
        const regulation = c.regulation ? await RegulationRef.getDataloader(ctx).load(c.regulation) : null;
        return regulation ? citations(regulation.title, c).citation : null;
      },
    }),
    citationEn: t.string({
      nullable: true,
      description: 'The English form, e.g. Art. 13(1)(1), 《…条例》 (titles are Chinese only in the data).',
      resolve: async (c, _args, ctx) => {
        const regulation = c.regulation ? await RegulationRef.getDataloader(ctx).load(c.regulation) : null;
        return regulation ? citations(regulation.title, c).citationEn : null;
      },
    }),
  }),
});
