// The reader's front matter: the regulation's title and metadata as the API gives them (issuer, adopted,
// promulgated, notice number, in force), and the legend of the marks the text carries, drawn with the very
// classes and colours the text uses so that the two cannot disagree.
import type { RegulationText } from '../api/text-operations.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { h } from '../dom.ts';
import { MODALITY_LABELS, type MessageKey } from '../i18n.ts';
import { MODALITIES } from '../model.ts';
import { tr, type PanelContext } from './common.ts';

function metadata(ctx: PanelContext, doc: RegulationText): HTMLElement | null {
  const rows: [MessageKey, string | null, string, boolean][] = [
    ['readerIssuer', doc.issuer, 'issuer', true],
    ['readerAdopted', doc.adopted, 'adopted', false],
    ['readerPromulgated', doc.promulgated, 'promulgated', false],
    ['readerNotice', doc.noticeNumber, 'notice', true],
    ['readerEffective', doc.effective, 'effective', false],
  ];
  const shown = rows.filter(([, value]) => value);
  if (!shown.length) return null;
  return h(
    'dl',
    { class: 'reader-meta' },
    shown.map(([label, value, field, chinese]) =>
      h('div', { class: 'reader-meta-row', 'data-field': field }, h('dt', {}, tr(ctx, label)), h('dd', { lang: chinese ? 'zh-Hans' : null }, value)),
    ),
  );
}

/** What each underline and shading in the text means. */
export function readerLegend(ctx: PanelContext): HTMLElement {
  const { lang } = ctx.store.get();
  const entry = (sample: HTMLElement, label: string, key: string) => h('li', { class: 'reader-legend-item', 'data-legend': key }, sample, h('span', { class: 'reader-legend-label' }, label));
  return h(
    'section',
    { class: 'reader-legend', 'aria-labelledby': 'reader-legend-title' },
    h('h3', { class: 'reader-legend-title', id: 'reader-legend-title' }, tr(ctx, 'readerLegend')),
    h('p', { class: 'reader-legend-group' }, tr(ctx, 'readerLegendUnderline')),
    h(
      'ul',
      { class: 'reader-legend-list' },
      MODALITIES.map((m) =>
        entry(
          h('span', { class: 'obligation-span legend-sample', 'data-modality': m, style: `--modality:${MODALITY_LOOKS[m].color};--line:${MODALITY_LOOKS[m].line}`, 'aria-hidden': 'true' }),
          MODALITY_LABELS[m][lang],
          m,
        ),
      ),
    ),
    h('p', { class: 'reader-legend-group' }, tr(ctx, 'readerLegendNames')),
    h(
      'ul',
      { class: 'reader-legend-list' },
      entry(h('span', { class: 'mention mention-actor legend-sample', 'aria-hidden': 'true' }), tr(ctx, 'readerLegendActor'), 'actor'),
      entry(h('span', { class: 'mention mention-industry legend-sample', 'aria-hidden': 'true' }), tr(ctx, 'readerLegendIndustry'), 'industry'),
      entry(h('span', { class: 'legend-highlight legend-sample', 'aria-hidden': 'true' }), tr(ctx, 'readerLegendHighlight'), 'highlight'),
    ),
  );
}

export function frontMatter(ctx: PanelContext, doc: RegulationText): HTMLElement {
  return h(
    'header',
    { class: 'reader-front' },
    h('h2', { class: 'reader-doc-title', id: 'reader-doc-title', lang: 'zh-Hans' }, doc.title),
    metadata(ctx, doc),
    readerLegend(ctx),
  );
}
