// The path finder: two ends (typed names with suggestions from the API's actor search, or the node selected in
// the graph), the responsibility relations to follow, and the shortest paths found, listed step by step with
// each step's clause linking into the reader. The ends and relations are URL state (pf, pt, pr); whenever they
// name two nodes the paths are asked for, and the answer goes into the store, where the graph controller draws
// it (cy/path-view.ts).
import '../path-finder.css';
import { PathEndQuery, PathsQuery } from '../api/path-operations.ts';
import { errorMessage } from '../cy/graph-controller.ts';
import { pathQuestion, pathRequest, type PathFinding, type PathsAnswer, type PathStep } from '../cy/path-view.ts';
import { debounce, h } from '../dom.ts';
import { edgeTypeLabel, type Lang, type MessageKey } from '../i18n.ts';
import { shortName } from '../labels.ts';
import { changedIn, type AppState } from '../state/store.ts';
import { PATH_RELATIONS, type PathRelation } from '../state/url-state.ts';
import { clauseLink, tr, type PanelContext } from './common.ts';

type End = 'pathFrom' | 'pathTo';

const RELATION_LABELS: Record<PathRelation, MessageKey> = { BEARS: 'pathBears', BENEFITS: 'pathBenefits', MEMBER_OF: 'pathMemberOf' };

/** The words of a step, read from its first node to its second. */
export function stepPhrase(step: Pick<PathStep, 'kind' | 'type' | 'reversed'>): MessageKey | null {
  switch (step.kind) {
    case 'CO_BEARS':
      return 'stepCoBears';
    case 'CO_BENEFITS':
      return 'stepCoBenefits';
    case 'BEARS_FOR':
      return step.reversed ? 'stepBenefitsFrom' : 'stepBearsFor';
    case 'LINK':
      if (step.type === 'MEMBER_OF') return step.reversed ? 'stepHasMember' : 'stepMemberOf';
      if (step.type === 'BEARS') return step.reversed ? 'stepBorneBy' : 'stepBears';
      if (step.type === 'BENEFITS') return step.reversed ? 'stepBenefitedBy' : 'stepBenefits';
      return null;
  }
}

type ViewNode = PathsAnswer['view']['nodes'][number];

function nodeName(node: ViewNode | undefined, id: string, lang: Lang): string {
  if (!node) return id;
  if (node.type === 'ACTOR' || node.type === 'INDUSTRY') return shortName({ name: node.label, nameEn: node.labelEn }, lang);
  return lang === 'en' && node.labelEn ? node.labelEn : node.label;
}

export function mountPathFinder(root: HTMLElement, ctx: PanelContext): void {
  const { store } = ctx;
  const lang = () => store.get().lang;
  const summary = h('summary', { class: 'path-finder-title' });
  const fields = (['pathFrom', 'pathTo'] as const).map((end) => {
    const input = h('input', { id: `${end}-input`, class: 'path-input', type: 'text', autocomplete: 'off', spellcheck: 'false', list: `${end}-options` });
    const options = h('datalist', { id: `${end}-options` });
    const label = h('label', { for: input.id, class: 'path-end-label' });
    const useSelected = h('button', { type: 'button', class: 'path-use-selected', 'data-end': end });
    useSelected.addEventListener('click', () => {
      const { selected } = store.get();
      if (selected && !selected.includes('|')) store.update({ [end]: selected } as Partial<AppState>);
    });
    return { end, input, options, label, useSelected, typed: false };
  });
  const relationsLegend = h('legend', {});
  const relationBoxes = PATH_RELATIONS.map((relation) => {
    const box = h('input', { type: 'checkbox', value: relation, class: 'path-relation' });
    box.addEventListener('change', () => {
      const chosen = relationBoxes.filter((b) => b.box.checked).map((b) => b.relation);
      // A path must follow something: unticking the last relation ticks it again.
      if (!chosen.length) box.checked = true;
      else store.update({ pathRelations: chosen });
    });
    const text = h('span', {});
    return { relation, box, text, label: h('label', { class: 'path-relation-label' }, box, text) };
  });
  const find = h('button', { type: 'submit', class: 'path-find' });
  const clearButton = h('button', { type: 'button', class: 'path-clear' });
  const form = h(
    'form',
    { class: 'path-form' },
    ...fields.map((f) => h('div', { class: 'path-end' }, f.label, h('div', { class: 'path-end-row' }, f.input, f.useSelected), f.options)),
    h('fieldset', { class: 'path-relations' }, relationsLegend, ...relationBoxes.map((b) => b.label)),
    h('div', { class: 'path-actions' }, find, clearButton),
  );
  const message = h('p', { class: 'path-message', role: 'status', 'aria-live': 'polite' });
  const list = h('ol', { class: 'path-list' });
  const panel = h('details', { class: 'path-finder-panel' }, summary, form, message, list);
  root.replaceChildren(panel);

  // Names the API suggested for what was typed, by the text shown, so that a picked suggestion is its node.
  const suggested = new Map<string, string>();
  const suggest = debounce(async (field: (typeof fields)[number]) => {
    const text = field.input.value.trim();
    if (!text) return;
    try {
      const { actors } = await ctx.api.request(PathEndQuery, { query: text, regulations: await ctx.scope() });
      field.options.replaceChildren(
        ...actors.edges.map(({ node }) => {
          const shown = lang() === 'en' && node.nameEn ? node.nameEn : node.name;
          suggested.set(shown, node.key);
          return h('option', { value: shown }, shown === node.name ? null : node.name);
        }),
      );
    } catch {
      // Suggestions are a help: typing on without them still works.
    }
  }, 150);
  for (const field of fields) {
    field.input.addEventListener('input', () => {
      field.typed = true;
      suggest(field);
    });
  }

  /** The key a typed name stands for: a suggestion shown, else the best actor the search finds, else null. */
  async function resolve(text: string): Promise<string | null> {
    const known = suggested.get(text);
    if (known) return known;
    const { actors } = await ctx.api.request(PathEndQuery, { query: text, regulations: await ctx.scope() });
    const nodes = actors.edges.map((e) => e.node);
    const exact = nodes.find((n) => n.name === text || n.nameEn === text || (n.aliases ?? []).includes(text));
    return (exact ?? nodes[0])?.key ?? null;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const patch: Partial<AppState> = {};
      for (const field of fields) {
        const text = field.input.value.trim();
        if (!text) {
          message.textContent = tr(ctx, 'pathNeedBoth');
          return;
        }
        if (!field.typed && store.get()[field.end]) continue;
        const key = await resolve(text);
        if (!key) {
          message.textContent = tr(ctx, 'pathNoActor', { name: text });
          list.replaceChildren();
          return;
        }
        patch[field.end] = key;
        field.typed = false;
      }
      store.update(patch);
    })().catch((error: unknown) => {
      message.textContent = tr(ctx, 'pathFailed', { error: errorMessage(error) });
    });
  });
  clearButton.addEventListener('click', () => {
    for (const field of fields) {
      field.input.value = '';
      field.typed = false;
    }
    store.update({ pathFrom: null, pathTo: null, pathFinding: null });
  });

  // Asks for the paths whenever the URL state names a new question; a late answer to an old one is dropped.
  async function ask(state: AppState): Promise<void> {
    const question = pathQuestion(state);
    const request = question ? pathRequest(question) : null;
    if (request === (state.pathFinding?.request ?? null)) return;
    if (!question || !request) {
      store.update({ pathFinding: null });
      return;
    }
    store.update({ pathFinding: { request, status: 'loading', error: null, answer: null } });
    let finding: PathFinding;
    try {
      const { paths } = await ctx.api.request(PathsQuery, {
        from: question.from,
        to: question.to,
        relationships: question.relations,
        regulations: await ctx.scope(),
      });
      finding = { request, status: 'ready', error: null, answer: paths };
    } catch (error) {
      finding = { request, status: 'error', error: errorMessage(error), answer: null };
    }
    if (store.get().pathFinding?.request === request) store.update({ pathFinding: finding });
  }

  const nameOf = (state: AppState, id: string) => {
    const node = state.pathFinding?.answer?.view.nodes.find((n) => n.id === id) ?? state.graph.nodes.find((n) => n.id === id);
    return nodeName(node as ViewNode | undefined, id, state.lang);
  };

  function stepItem(state: AppState, step: PathStep, nodes: readonly ViewNode[]): HTMLElement {
    const phrase = stepPhrase(step);
    const via = step.via ? nodes.find((n) => n.id === step.via) : undefined;
    const relation = h(
      'span',
      { class: 'path-relation-text', title: via ? tr(ctx, 'stepVia', { text: via.label }) : null },
      phrase ? tr(ctx, phrase) : edgeTypeLabel(step.type ?? '', state.lang),
    );
    return h(
      'li',
      { class: 'path-step', 'data-kind': step.kind, 'data-type': step.type ?? '', 'data-via': step.via ?? '' },
      h('span', { class: 'path-node', 'data-id': step.from }, nameOf(state, step.from)),
      ' ',
      relation,
      step.clause ? [' ', clauseLink(ctx, step.clause)] : null,
      ' ',
      h('span', { class: 'path-node', 'data-id': step.to }, nameOf(state, step.to)),
    );
  }

  function render(state: AppState): void {
    summary.textContent = tr(ctx, 'pathFinder');
    relationsLegend.textContent = tr(ctx, 'pathRelations');
    find.textContent = tr(ctx, 'pathFind');
    clearButton.textContent = tr(ctx, 'pathClear');
    for (const field of fields) {
      field.label.textContent = tr(ctx, field.end);
      field.input.placeholder = tr(ctx, 'pathNamePlaceholder');
      field.useSelected.textContent = tr(ctx, 'pathUseSelected');
      field.useSelected.title = tr(ctx, 'pathUseSelectedHint', { end: tr(ctx, field.end) });
      field.useSelected.disabled = !state.selected || state.selected.includes('|');
      // What the state names is shown by name, unless the researcher is typing over it.
      const key = state[field.end];
      if (!field.typed && document.activeElement !== field.input) field.input.value = key ? nameOf(state, key) : '';
    }
    for (const b of relationBoxes) {
      b.box.checked = state.pathRelations.includes(b.relation);
      b.text.textContent = tr(ctx, RELATION_LABELS[b.relation]);
    }
    if (state.pathFrom || state.pathTo) panel.open = true;

    const finding = state.pathFinding ?? null;
    list.replaceChildren();
    panel.dataset.status = finding?.status ?? 'idle';
    if (!finding) {
      // A name that found no actor stays said until the ends change.
      if (!state.pathFrom && !state.pathTo) message.textContent = '';
      return;
    }
    if (finding.status === 'loading') {
      message.textContent = tr(ctx, 'pathLoading');
      return;
    }
    if (finding.status === 'error' || !finding.answer) {
      message.textContent = tr(ctx, 'pathFailed', { error: finding.error ?? '' });
      return;
    }
    const { answer } = finding;
    const [from, to] = [nameOf(state, state.pathFrom ?? ''), nameOf(state, state.pathTo ?? '')];
    if (answer.length === null) {
      message.textContent = tr(ctx, 'pathNone', { from, to });
      return;
    }
    if (answer.length === 0) {
      message.textContent = tr(ctx, 'pathSame');
      return;
    }
    const count = answer.paths[0]?.steps.length ?? 0;
    const steps = count === 1 ? tr(ctx, 'pathStepOne') : tr(ctx, 'pathStepMany', { n: count });
    const found = `${answer.found}${answer.more ? '+' : ''}`;
    message.textContent =
      (answer.found === 1 ? tr(ctx, 'pathFoundOne', { steps }) : tr(ctx, 'pathFoundMany', { found, steps })) +
      (answer.paths.length < answer.found ? ` ${tr(ctx, 'pathShownOf', { shown: answer.paths.length })}` : '');
    list.replaceChildren(
      ...answer.paths.map((path, i) =>
        h(
          'li',
          { class: 'path', 'aria-label': tr(ctx, 'pathLabel', { n: i + 1 }) },
          h('ol', { class: 'path-steps' }, ...path.steps.map((step) => stepItem(state, step, answer.view.nodes))),
        ),
      ),
    );
  }

  store.subscribe((state, previous) => {
    if (changedIn(state, previous, ['pathFrom', 'pathTo', 'pathRelations'])) void ask(state);
    if (changedIn(state, previous, ['pathFinding', 'lang', 'selected', 'pathFrom', 'pathTo', 'pathRelations']) || (state.graph !== previous.graph && !state.pathFinding)) {
      render(state);
    }
  });
  render(store.get());
  void ask(store.get());
}
