// The regulation picker in the header: one or several of the regulations in the graph, each with its title,
// issuer, date and counts. A disclosure (<details>) holding a checkbox per regulation, so that it works with
// the keyboard as any form does: Tab and Space, arrows between the options, Escape closes it (menus.ts).
import { clear, h } from '../dom.ts';
import { resolveSelection, toggleRegulation } from '../state/selection.ts';
import { createRenderer, tr, type PanelContext, type RegulationMeta } from './common.ts';

export function mountRegulationPicker(root: HTMLElement, ctx: PanelContext): void {
  const menu = h('details', { class: 'menu picker-menu' });
  const summary = h('summary', { class: 'button picker-button', 'aria-haspopup': 'true' });
  const body = h('div', { class: 'menu-body picker-body' });
  menu.append(summary, body);
  root.replaceChildren(menu);
  const run = createRenderer(ctx, body);

  const select = (regulations: string[]) => ctx.store.update({ regulations });

  function option(r: RegulationMeta, selection: readonly string[], catalog: readonly RegulationMeta[]): HTMLElement {
    const on = selection.includes(r.key);
    const last = on && selection.length === 1;
    const id = `pick-${r.key.replace(/[^\w-]/g, '-')}`;
    const dates = [r.issuer, r.adopted ?? r.promulgated, r.effective ? `${tr(ctx, 'effective')} ${r.effective}` : null].filter(Boolean).join(' · ');
    return h(
      'li',
      { class: `picker-option${on ? ' on' : ''}`, 'data-regulation': r.key },
      h('input', {
        type: 'checkbox',
        id,
        value: r.key,
        checked: on,
        // The last one stays: a view of no regulation would be empty.
        disabled: last,
        title: last ? tr(ctx, 'pickerKeepOne') : null,
        onchange: () => select(toggleRegulation(selection, r.key, catalog)),
      }),
      h(
        'label',
        { for: id, class: 'picker-label' },
        h('span', { class: 'picker-title', lang: 'zh-Hans' }, r.title),
        dates ? h('span', { class: 'picker-meta', lang: 'zh-Hans' }, dates) : null,
        h(
          'span',
          { class: 'picker-counts' },
          tr(ctx, 'regulationCounts', { articles: r.counts.articles, obligations: r.counts.obligations, actors: r.counts.actors, zones: r.counts.zoneIndustries }),
        ),
      ),
      catalog.length > 1
        ? h('button', { type: 'button', class: 'button button-quiet picker-only', 'aria-label': `${tr(ctx, 'pickerOnly')}: ${r.title}`, onclick: () => select([r.key]) }, tr(ctx, 'pickerOnly'))
        : null,
    );
  }

  function draw(catalog: RegulationMeta[], selection: string[]) {
    const one = selection.length === 1 ? catalog.find((r) => r.key === selection[0]) : undefined;
    clear(
      summary,
      h('span', { class: 'picker-kicker' }, tr(ctx, 'regulation')),
      h('span', { class: 'picker-current', lang: one ? 'zh-Hans' : null }, one ? one.title : tr(ctx, 'regulationsN', { n: selection.length })),
    );
    summary.setAttribute('aria-label', `${tr(ctx, 'pickerLabel')}: ${one ? one.title : tr(ctx, 'regulationsN', { n: selection.length })}`);
    root.dataset.count = String(selection.length);
    if (!catalog.length) return clear(body, h('p', { class: 'state state-empty' }, tr(ctx, 'noRegulations')));
    clear(
      body,
      h('p', { class: 'picker-heading', id: 'picker-heading' }, tr(ctx, 'pickerLabel')),
      h('ul', { class: 'picker-list', role: 'list', 'aria-labelledby': 'picker-heading' }, catalog.map((r) => option(r, selection, catalog))),
      catalog.length > 1
        ? h(
            'div',
            { class: 'picker-actions' },
            h('button', { type: 'button', class: 'button', 'data-action': 'all', disabled: selection.length === catalog.length, onclick: () => select(catalog.map((r) => r.key)) }, tr(ctx, 'pickerAll')),
          )
        : null,
    );
  }

  function render() {
    const focused = document.activeElement instanceof HTMLInputElement && body.contains(document.activeElement) ? document.activeElement.value : null;
    void run(
      async () => {
        const catalog = await ctx.catalog();
        return { catalog, selection: resolveSelection(ctx.store.get().regulations, catalog) };
      },
      ({ catalog, selection }) => {
        draw(catalog, selection);
        if (focused) body.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
      },
      render,
    );
  }

  // Arrows move between the options (Escape and outside clicks close it as every menu: menus.ts).
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const inputs = [...body.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:disabled)')];
    if (!inputs.length) return;
    const at = inputs.indexOf(document.activeElement as HTMLInputElement);
    const next = at < 0 ? 0 : (at + (event.key === 'ArrowDown' ? 1 : -1) + inputs.length) % inputs.length;
    inputs[next]!.focus();
    if (!menu.open) menu.open = true;
    event.preventDefault();
  });
  ctx.store.subscribe((state, previous) => {
    if (state.regulations !== previous.regulations || state.lang !== previous.lang) render();
  });
  render();
}
