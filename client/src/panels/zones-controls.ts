// The controls above the zones × industries table: sort, the zones shown (grouped as the columns are), the rank
// legend that is also the rank filter, and the counts (zones by role, industries shown). Each control writes the
// store; `data-focus-key` lets the panel put focus back after it redraws.
import { h } from '../dom.ts';
import { RANK_TEXT, RANKS, viewText, type ViewTextKey } from '../i18n-views.ts';
import { shortName } from '../labels.ts';
import type { PanelContext } from './common.ts';
import { shownZones, toggleRank, toggleZone, zoneColumns, zoneCounts, type ZoneGroupName, type ZoneMatrixAnswer } from './zones-table.ts';

const GROUP_TEXT: Record<ZoneGroupName, ViewTextKey> = { whole: 'zoneGroupWhole', areas: 'zoneGroupAreas', other: 'zoneGroupOther' };

/** The levels of one rank the table uses, each once, as written or glossed: what the legend lists under it. */
function levelsOfRank(answer: ZoneMatrixAnswer, rank: number, lang: 'zh' | 'en'): string[] {
  const used = new Set(answer.zoneIndustryMatrix.cells.map((c) => c.level));
  const levels = answer.developmentLevels.filter((l) => l.rank === rank && used.has(l.level));
  return [...new Set(levels.map((l) => (lang === 'en' ? l.levelEn : l.level)))];
}

export function zoneControls(ctx: PanelContext, answer: ZoneMatrixAnswer, industries: { shown: number; total: number }): HTMLElement {
  const state = ctx.store.get();
  const { lang } = state;
  const vt = (key: ViewTextKey, params?: Record<string, string | number>) => viewText(lang, key, params);
  const m = answer.zoneIndustryMatrix;
  const groups = zoneColumns(m.zones);
  const allKeys = groups.flatMap((g) => g.zones.map((z) => z.key));
  const shown = new Set(shownZones(m.zones, state).map((z) => z.key));

  const sort = h(
    'select',
    {
      id: 'zone-sort',
      'data-focus-key': 'zone-sort',
      onchange: (event: Event) => ctx.store.update({ zoneSort: (event.target as HTMLSelectElement).value || null }),
    },
    h('option', { value: '' }, vt('zoneSortLevel')),
    h('option', { value: 'name' }, vt('zoneSortName')),
    ...groups.flatMap((g) => g.zones.map((z) => h('option', { value: z.key }, vt('zoneSortZone', { zone: shortName(z, lang) })))),
  );
  sort.value = state.zoneSort && (state.zoneSort === 'name' || allKeys.includes(state.zoneSort)) ? state.zoneSort : '';

  const zoneFilter = h(
    'fieldset',
    { class: 'zone-filter' },
    h('legend', {}, vt('zoneFilter')),
    ...groups.map((g) =>
      h(
        'span',
        { class: `zone-filter-group zone-group-${g.group}`, 'data-group': g.group },
        h('span', { class: 'zone-filter-label' }, vt(GROUP_TEXT[g.group])),
        ...g.zones.map((z) =>
          h(
            'label',
            { class: 'zone-toggle' },
            h('input', {
              type: 'checkbox',
              'data-zone-toggle': z.key,
              'data-focus-key': `zone:${z.key}`,
              checked: shown.has(z.key),
              // The last zone shown cannot be switched off: an empty table explains nothing.
              disabled: shown.size === 1 && shown.has(z.key),
              onchange: () => ctx.store.update((s) => ({ zoneFilter: toggleZone(s.zoneFilter, z.key, allKeys) })),
            }),
            shortName(z, lang),
          ),
        ),
      ),
    ),
  );

  const ranksShown = state.zoneRanks.length ? state.zoneRanks : [...RANKS];
  const legend = h(
    'div',
    { class: 'rank-legend', role: 'group', 'aria-labelledby': 'rank-legend-title' },
    h('span', { class: 'rank-legend-title', id: 'rank-legend-title' }, vt('rankLegend'), h('span', { class: 'kind-label' }, ` · ${vt('rankLegendHint')}`)),
    ...RANKS.map((rank) => {
      const levels = levelsOfRank(answer, rank, lang).join(lang === 'en' ? ', ' : '、');
      return h(
        'button',
        {
          type: 'button',
          class: 'rank-toggle',
          'data-rank-toggle': rank,
          'data-focus-key': `rank:${rank}`,
          'aria-pressed': String(ranksShown.includes(rank)),
          title: levels || vt(RANK_TEXT[rank].hint),
          onclick: () => ctx.store.update((s) => ({ zoneRanks: toggleRank(s.zoneRanks, rank) })),
        },
        h('span', { class: `rank-swatch level-${rank}`, 'aria-hidden': 'true' }),
        h('span', { class: 'rank-label' }, `${rank} · ${vt(RANK_TEXT[rank].label)}`),
        h('span', { class: 'rank-levels', lang: lang === 'en' ? 'en' : 'zh-Hans' }, levels || vt(RANK_TEXT[rank].hint)),
      );
    }),
  );

  const counts = zoneCounts(m.zones);
  const filtered = state.zoneFilter.length > 0 || state.zoneRanks.length > 0;
  const summary = h(
    'p',
    { class: 'zone-summary', 'aria-live': 'polite' },
    h('span', { class: 'zone-counts', 'data-whole': counts.whole, 'data-areas': counts.areas, 'data-other': counts.other }, vt('zoneCounts', { whole: counts.whole, areas: counts.areas }), counts.other ? vt('zoneCountsOther', { other: counts.other }) : ''),
    ' · ',
    h('span', { class: 'industries-shown', 'data-shown': industries.shown, 'data-total': industries.total }, vt('zoneShown', { n: industries.shown, m: industries.total })),
    filtered
      ? h('button', { type: 'button', class: 'button button-quiet', 'data-focus-key': 'zone-reset', onclick: () => ctx.store.update({ zoneFilter: [], zoneRanks: [] }) }, vt('zoneReset'))
      : null,
  );

  return h('div', { class: 'zone-controls-inner' }, h('label', { class: 'zone-sort' }, `${vt('zoneSort')} `, sort), zoneFilter, legend, summary);
}
