// The reader's continuous text: every chapter under its heading, every article under its own (第二十八条【…】 /
// Article 28), each paragraph and item with the actors and industries it names marked (they select the node in
// the graph) and each obligation underlined in its modality's colour and line. Articles, paragraphs and items
// each have "copy citation" with the API's citation. Element ids (article-28, clause-28-2, clause-10-2-1) let
// the panel find what the URL names.
import type { ReaderArticle, RegulationText } from '../api/text-operations.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { h } from '../dom.ts';
import { MODALITY_LABELS } from '../i18n.ts';
import { fullName, labelOf, type LabelledClause } from '../labels.ts';
import { formatClauseRef, isModality } from '../model.ts';
import { revealNode } from '../state/store.ts';
import { segmentClause, type ObligationMark } from './clause-segments.ts';
import { chapterHeading, stateLink, tr, type PanelContext } from './common.ts';
import { frontMatter } from './reader-front.ts';

type Paragraph = ReaderArticle['paragraphs'][number];
type Mention = Paragraph['mentions'][number];
type CitedClause = LabelledClause & { citation: string | null; citationEn: string | null };

/** Copies a citation and confirms it; `label` names what was cited. */
export type CopyCitation = (citation: string, label: string) => void;

export const articleElementId = (number: number) => `article-${number}`;
export const clauseElementId = (id: string) => `clause-${id}`;

function clauseText(ctx: PanelContext, clause: LabelledClause, body: string, mentions: readonly Mention[], obligations: readonly ObligationMark[]): DocumentFragment {
  const { lang } = ctx.store.get();
  const fragment = document.createDocumentFragment();
  let group: HTMLElement | null = null;
  let groupKey: string | null = null;
  for (const segment of segmentClause(body, mentions, obligations)) {
    const key = segment.obligation?.key ?? null;
    if (key !== groupKey) {
      groupKey = key;
      const modality = segment.obligation?.modality;
      group =
        key && modality && isModality(modality)
          ? h('span', {
              class: 'obligation-span',
              'data-obligation': key,
              'data-modality': modality,
              // The line style is the graph's (palette.ts), so the text and the edges read the same.
              style: `--modality:${MODALITY_LOOKS[modality].color};--line:${MODALITY_LOOKS[modality].line}`,
              title: `${MODALITY_LABELS[modality][lang]} · ${labelOf(clause, lang)}`,
            })
          : null;
      if (group) fragment.append(group);
    }
    const mention = segment.mention ? mentions.find((m) => m.key === segment.mention?.key && m.start === segment.mention.start) : null;
    let piece: Node = document.createTextNode(segment.text);
    if (mention) {
      const entity = mention.entity;
      piece = h(
        'button',
        {
          type: 'button',
          class: `mention ${entity?.__typename === 'Industry' ? 'mention-industry' : 'mention-actor'}`,
          'data-id': mention.key,
          title: entity ? fullName(entity, lang) : mention.key,
          onclick: () => ctx.store.update((s) => ({ ...revealNode(s, mention.key), view: 'graph' })),
        },
        segment.text,
      );
    }
    (group ?? fragment).append(piece);
  }
  return fragment;
}

function copyButton(ctx: PanelContext, clause: CitedClause, copy: CopyCitation): HTMLElement | null {
  const en = ctx.store.get().lang === 'en';
  const citation = en ? clause.citationEn : clause.citation;
  if (!citation) return null;
  const label = labelOf(clause, en ? 'en' : 'zh');
  return h('button', {
    type: 'button',
    class: 'copy-clause',
    lang: en ? 'en' : null,
    'data-action': 'copy-citation',
    'data-citation': citation,
    'aria-label': tr(ctx, 'copyCitationOf', { label }),
    title: citation,
    onclick: () => copy(citation, label),
  });
}

function clauseAttrs(clause: LabelledClause) {
  const id = formatClauseRef(clause);
  return { id: clauseElementId(id), 'data-clause': id, class: 'clause', lang: 'zh-Hans' };
}

function paragraphView(ctx: PanelContext, p: Paragraph, numbered: boolean, copy: CopyCitation): HTMLElement {
  return h(
    'section',
    { class: 'reader-paragraph' },
    h(
      'p',
      clauseAttrs(p.clause),
      numbered ? h('span', { class: 'clause-number', 'aria-hidden': 'true' }, String(p.number)) : null,
      clauseText(ctx, p.clause, p.text, p.mentions, p.obligations),
      copyButton(ctx, p.clause, copy),
    ),
    p.items.length
      ? h(
          'ol',
          { class: 'reader-items' },
          p.items.map((item) =>
            h('li', clauseAttrs(item.clause), h('span', { class: 'item-marker' }, item.marker), clauseText(ctx, item.clause, item.text, item.mentions, item.obligations), copyButton(ctx, item.clause, copy)),
          ),
        )
      : null,
  );
}

function articleView(ctx: PanelContext, a: ReaderArticle, copy: CopyCitation): HTMLElement {
  const en = ctx.store.get().lang === 'en';
  const citation = en ? a.citationEn : a.citation;
  const label = en ? a.titleEn : a.title;
  return h(
    'section',
    { class: 'reader-article-block', id: articleElementId(a.number), 'data-key': a.key, 'data-article': String(a.number) },
    h(
      'header',
      { class: 'article-head' },
      h(
        'h3',
        { class: 'article-heading', 'data-key': a.key, 'data-article': String(a.number) },
        // The text's own numbering (第二十八条) in Chinese; Article 28 in English. The heading is the text's own words.
        stateLink(ctx, { view: 'reader', article: a.key, clause: null, diff: null }, en ? a.titleEn : a.numeral, en ? { class: 'article-link' } : { class: 'article-link', lang: 'zh-Hans' }),
        a.heading ? h('span', { class: 'article-title', lang: 'zh-Hans' }, `【${a.heading}】`) : null,
      ),
      h('button', { type: 'button', class: 'button button-quiet copy-article', 'data-action': 'copy-citation', 'data-citation': citation, title: citation, onclick: () => copy(citation, label) }, tr(ctx, 'copyCitation')),
    ),
    a.paragraphs.map((p) => paragraphView(ctx, p, a.paragraphs.length > 1, copy)),
  );
}

/** The whole regulation: its front matter (title, metadata, legend), then chapter after chapter. */
export function drawDocument(ctx: PanelContext, doc: RegulationText, copy: CopyCitation): HTMLElement {
  return h(
    'article',
    { class: 'reader-document', 'data-regulation': doc.key, 'aria-labelledby': 'reader-doc-title' },
    frontMatter(ctx, doc),
    doc.chapters.map((chapter) =>
      h(
        'section',
        { class: 'reader-chapter-block', 'data-chapter': String(chapter.number) },
        // A regulation without chapters comes as one unnamed chapter: no heading for it.
        chapter.label ? h('h2', { class: 'reader-chapter-title', id: `chapter-${chapter.number}` }, chapterHeading(ctx, chapter)) : null,
        chapter.articles.map((a) => articleView(ctx, a, copy)),
      ),
    ),
  );
}
