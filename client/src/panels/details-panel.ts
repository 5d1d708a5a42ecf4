// Details of the selected node or edge, always with provenance: every obligation and link shows its exact
// clause text and a link that opens the reader on that clause. Lists cover the selected regulations, grouped
// under each one's title when there are several.
import { memoize } from '../api/memo.ts';
import { fetchObligations } from '../api/obligation-pages.ts';
import { ActorDetailsQuery, ArticleSummaryQuery, ArticleTextQuery, IndustryDetailsQuery, ObligationDetailsQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { actorLinkOf } from '../cy/actor-network.ts';
import { dataOf, type GraphEdge, type GraphNode } from '../cy/graph-data.ts';
import { actorLinkDetails } from './actor-network-details.ts';
import { edgeLabel, levelText, textLang, type Named } from '../labels.ts';
import { NODE_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import { ACTOR_KIND_LABELS, edgeTypeLabel, NODE_TYPE_LABELS, type Lang } from '../i18n.ts';
import { MODALITIES, parseArticleKey, type NodeType } from '../model.ts';
import { changedIn, expandNode, hideNodes, type AppState } from '../state/store.ts';
import {
  articleLink,
  chapterHeading,
  chineseOnlyNote,
  clauseArticleKey,
  clauseLink,
  createRenderer,
  entityButton,
  obligationGroups,
  obligationItem,
  obligationTable,
  regulationGroups,
  tr,
  type Obligation,
  type PanelContext,
  type RegulationMeta,
} from './common.ts';
import type { Table } from '../export/csv.ts';

type ActorDetails = NonNullable<ResultOf<typeof ActorDetailsQuery>['actor']>;
type IndustryDetails = NonNullable<ResultOf<typeof IndustryDetailsQuery>['industry']>;
type ArticleSummary = NonNullable<ResultOf<typeof ArticleSummaryQuery>['article']>;

export interface DetailsPanel {
  /** The obligations listed for the selection, as a table (CSV export from the graph view). */
  table(): Table | null;
}

/** What the lists of a node's details are scoped to: the selected regulations, and the catalog for their titles. */
interface Scope {
  regulations: string[];
  catalog: RegulationMeta[];
}

type Scoped = { id: string; regulations: string[] };
const scopedKey = (s: Scoped) => `${s.id}|${s.regulations.join(',')}`;

export function mountDetailsPanel(root: HTMLElement, ctx: PanelContext): DetailsPanel {
  const { api } = ctx;
  const actor = memoize(async ({ id, regulations }: Scoped) => {
    const [details, borne, benefits] = await Promise.all([
      api.request(ActorDetailsQuery, { id, regulations }),
      fetchObligations(api, { bearer: id, regulations }),
      fetchObligations(api, { beneficiary: id, regulations }),
    ]);
    return { actor: details.actor, borne: borne.obligations, benefits: benefits.obligations };
  }, scopedKey);
  const industry = memoize(async ({ id, regulations }: Scoped) => {
    const [details, concerning] = await Promise.all([api.request(IndustryDetailsQuery, { id, regulations }), fetchObligations(api, { industry: id, regulations })]);
    return { industry: details.industry, obligations: concerning.obligations };
  }, scopedKey);
  const obligation = memoize((id: string) => api.request(ObligationDetailsQuery, { id }));
  const article = memoize((key: string) => api.request(ArticleSummaryQuery, { key }));
  const articleText = memoize((key: string) => api.request(ArticleTextQuery, { key }));
  const scope = async (): Promise<Scope> => {
    const [regulations, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
    return { regulations, catalog };
  };
  /** Items under their regulation's title when several are selected. */
  const byRegulation = <T>(sc: Scope, items: readonly T[], regulationOf: (item: T) => string | null | undefined, draw: (items: T[]) => Node) =>
    regulationGroups(ctx, sc.catalog, sc.regulations, items, regulationOf, draw);
  const inScope = <T extends { regulation: { key: string } }>(sc: Scope, items: readonly T[]) => items.filter((i) => sc.regulations.includes(i.regulation.key));

  const heading = h('h2', { id: 'details-heading', class: 'panel-title' });
  const body = h('div', { class: 'details-body' });
  root.replaceChildren(heading, body);
  const run = createRenderer(ctx, body);
  let table: Table | null = null;

  const actions = (id: string) =>
    h(
      'div',
      { class: 'details-actions' },
      h('button', { type: 'button', class: 'button', 'data-action': 'expand', onclick: () => ctx.store.update((s) => expandNode(s, id)) }, tr(ctx, 'expand')),
      h('button', { type: 'button', class: 'button button-quiet', 'data-action': 'hide', onclick: () => ctx.store.update((s) => hideNodes(s, [id])) }, tr(ctx, 'hide')),
    );

  // The header names the selection in the interface language (a Chinese name then under the English one); in
  // English the note that the text below is Chinese only follows it.
  const header = (type: NodeType, title: string, subtitle: string | Node | null, swatchCategory: keyof typeof NODE_LOOKS, kindLabel: string) =>
    h(
      'header',
      { class: 'details-header' },
      h('div', { class: 'details-kind' }, h('span', { class: 'swatch', style: `--swatch:${NODE_LOOKS[swatchCategory].color}`, 'aria-hidden': 'true' }), kindLabel),
      h('h3', { class: 'details-title', lang: textLang(title), 'data-type': type }, title),
      subtitle ? h('p', { class: 'details-subtitle', lang: typeof subtitle === 'string' ? (textLang(subtitle) ?? 'en') : null }, subtitle) : null,
      type === 'ACTOR' || type === 'INDUSTRY' || type === 'OBLIGATION' || type === 'ARTICLE' ? chineseOnlyNote(ctx) : null,
    );
  /** Title and subtitle of a named entity: its name in the interface language, then in the other. */
  const names = (entity: Named, lang: Lang): [string, string | null] =>
    lang === 'en' && entity.nameEn ? [entity.nameEn, entity.name] : [entity.name, entity.nameEn ?? null];

  const section = (title: string, count: number | null, ...content: (Node | null)[]) =>
    h('section', { class: 'details-section' }, h('h4', { class: 'section-title' }, title, count === null ? null : h('span', { class: 'count' }, String(count))), ...content);

  function drawActor(a: ActorDetails, borne: Obligation[], benefits: Obligation[], sc: Scope, lang: Lang) {
    table = obligationTable(a.key, borne);
    const industries = inScope(sc, a.industries);
    const ofObligation = (o: Obligation) => o.regulation.key;
    clear(
      body,
      header('ACTOR', ...names(a, lang), a.kind, ACTOR_KIND_LABELS[a.kind][lang]),
      a.aliases.length ? h('p', { class: 'aliases' }, `${tr(ctx, 'aliases')}: `, h('span', { lang: 'zh-Hans' }, a.aliases.join('、'))) : null,
      actions(a.key),
      section(
        tr(ctx, 'obligationsBorne'),
        a.obligations.totalCount,
        borne.length ? byRegulation(sc, borne, ofObligation, (list) => obligationGroups(ctx, list, MODALITIES, { showBearers: false })) : obligationGroups(ctx, [], MODALITIES),
      ),
      benefits.length ? section(tr(ctx, 'obligationsBenefiting'), a.benefits.totalCount, byRegulation(sc, benefits, ofObligation, (list) => obligationGroups(ctx, list, MODALITIES))) : null,
      industries.length
        ? section(
            tr(ctx, 'industries'),
            industries.length,
            byRegulation(sc, industries, (l) => l.regulation.key, (list) => h(
              'ul',
              { class: 'link-list' },
              list.map((link) =>
                h(
                  'li',
                  {},
                  entityButton(ctx, link.industry, 'industry'),
                  h('span', { class: 'level' }, levelText(link, lang)),
                  link.clause ? clauseLink(ctx, link.clause) : articleLink(ctx, link.article),
                ),
              ),
            )),
          )
        : null,
      a.relatedActors.length
        ? section(tr(ctx, 'relatedActors'), a.relatedActors.length, h('div', { class: 'chips' }, a.relatedActors.map((r) => entityButton(ctx, r.actor))))
        : null,
      a.articles.edges.length
        ? section(
            tr(ctx, 'articles'),
            a.articles.totalCount,
            byRegulation(sc, a.articles.edges, (e) => e.node.regulation.key, (list) => h('div', { class: 'chips' }, list.map((e) => articleLink(ctx, e.node)))),
          )
        : null,
    );
  }

  function drawIndustry(i: IndustryDetails, obligations: Obligation[], sc: Scope, lang: Lang) {
    table = obligationTable(i.key, obligations);
    const zones = inScope(sc, i.zones);
    clear(
      body,
      header('INDUSTRY', ...names(i, lang), 'INDUSTRY', `${tr(ctx, 'industry')}${i.gbCode ? ` · GB/T 4754 ${i.gbCode}` : ''}`),
      i.aliases.length ? h('p', { class: 'aliases' }, `${tr(ctx, 'aliases')}: `, h('span', { lang: 'zh-Hans' }, i.aliases.join('、'))) : null,
      actions(i.key),
      section(
        tr(ctx, 'zones'),
        zones.length,
        zones.length
          ? byRegulation(sc, zones, (z) => z.regulation.key, (list) => h(
              'ul',
              { class: 'link-list' },
              list.map((z) =>
                h(
                  'li',
                  {},
                  entityButton(ctx, z.zone),
                  h('span', { class: 'level' }, levelText(z, lang)),
                  z.clause ? clauseLink(ctx, z.clause) : articleLink(ctx, z.article),
                ),
              ),
            ))
          : h('p', { class: 'empty' }, '—'),
      ),
      section(
        tr(ctx, 'articles'),
        i.articles.totalCount,
        byRegulation(sc, i.articles.edges, (e) => e.node.regulation.key, (list) => h('div', { class: 'chips' }, list.map((e) => articleLink(ctx, e.node)))),
      ),
      obligations.length
        ? section(tr(ctx, 'statesObligations'), i.obligations.totalCount, byRegulation(sc, obligations, (o) => o.regulation.key, (list) => obligationGroups(ctx, list, MODALITIES)))
        : null,
    );
  }

  function drawObligation(o: Obligation, lang: Lang) {
    table = obligationTable(o.key, [o]);
    clear(
      body,
      // The clause is the title; the gist the graph labels it with is the subtitle.
      header('OBLIGATION', lang === 'en' ? o.clause.labelEn : o.clause.label, o.gist, 'OBLIGATION', NODE_TYPE_LABELS.OBLIGATION[lang]),
      actions(o.key),
      h('ol', { class: 'obligation-list single' }, obligationItem(ctx, o)),
    );
  }

  function drawArticle(a: ArticleSummary, lang: Lang) {
    table = obligationTable(a.key, a.obligations);
    clear(
      body,
      header('ARTICLE', `${lang === 'en' ? a.titleEn : a.title}${a.heading ? `【${a.heading}】` : ''}`, a.chapter ? chapterHeading(ctx, a.chapter) : null, 'ARTICLE', NODE_TYPE_LABELS.ARTICLE[lang]),
      h('p', { class: 'details-regulation', lang: 'zh-Hans' }, a.regulation.title),
      h('div', { class: 'details-actions' }, articleLink(ctx, a), actions(a.key).querySelector('[data-action=expand]')),
      h('blockquote', { class: 'clause-text article-text', lang: 'zh-Hans' }, a.text),
      section(tr(ctx, 'statesObligations'), a.obligations.length, obligationGroups(ctx, a.obligations, MODALITIES)),
      a.mentionedActors.length ? section(tr(ctx, 'mentionedActors'), a.mentionedActors.length, h('div', { class: 'chips' }, a.mentionedActors.map((x) => entityButton(ctx, x)))) : null,
      a.mentionedIndustries.length
        ? section(tr(ctx, 'mentionedIndustries'), a.mentionedIndustries.length, h('div', { class: 'chips' }, a.mentionedIndustries.map((x) => entityButton(ctx, x, 'industry'))))
        : null,
      a.citedDocuments.length ? section(tr(ctx, 'cites'), a.citedDocuments.length, h('ul', { class: 'plain-list' }, a.citedDocuments.map((d) => h('li', {}, `《${d.title}》`)))) : null,
    );
  }

  function drawPlainNode(node: GraphNode, lang: Lang) {
    table = null;
    const type = node.type as NodeType;
    clear(
      body,
      header(type, lang === 'en' && node.labelEn ? node.labelEn : node.label, lang === 'en' ? null : node.labelEn, type in NODE_LOOKS ? (type as keyof typeof NODE_LOOKS) : 'OTHER', NODE_TYPE_LABELS[type]?.[lang] ?? type),
      actions(node.id),
    );
  }

  async function drawEdge(edge: GraphEdge, state: AppState) {
    const lang = state.lang;
    const byId = new Map(state.graph.nodes.map((n) => [n.id, n]));
    const end = (id: string) => {
      const node = byId.get(id);
      const data = node ? dataOf(node) : {};
      const aliases = Array.isArray(data.aliases) ? (data.aliases as string[]) : [];
      return entityButton(ctx, { key: id, name: node?.label ?? id, nameEn: node?.labelEn ?? null, aliases });
    };
    const link = actorLinkOf(edge);
    if (link) {
      table = obligationTable(edge.id, link.obligations);
      return void clear(body, ...actorLinkDetails(ctx, edge, link, end));
    }
    const data = dataOf(edge);
    const parts: (Node | null)[] = [
      h(
        'header',
        { class: 'details-header' },
        h('div', { class: 'details-kind' }, tr(ctx, 'edge')),
        h('h3', { class: 'details-title' }, edgeTypeLabel(edge.type, lang)),
        h('p', { class: 'edge-ends' }, end(edge.source), h('span', { 'aria-hidden': 'true' }, ' → '), end(edge.target)),
      ),
    ];
    table = null;
    const obligationEnd = [edge.source, edge.target].find((id) => id.startsWith('obligation:'));
    const paragraph = typeof data.paragraph === 'number' ? data.paragraph : null;
    const article = edge.clause ? clauseArticleKey(edge.clause) : null;
    if (obligationEnd || article !== null) parts.push(chineseOnlyNote(ctx));
    if (obligationEnd) {
      const { obligation: o } = await obligation(obligationEnd);
      if (o) {
        table = obligationTable(o.key, [o]);
        parts.push(h('section', { class: 'details-section' }, h('h4', { class: 'section-title' }, tr(ctx, 'source')), h('ol', { class: 'obligation-list single' }, obligationItem(ctx, o))));
      }
    } else if (article !== null) {
      const text = await articleText(article);
      const para = paragraph === null ? null : text.article?.paragraphs.find((p) => p.number === paragraph);
      parts.push(
        h(
          'section',
          { class: 'details-section provenance' },
          h('h4', { class: 'section-title' }, tr(ctx, 'source')),
          typeof data.level === 'string' ? h('p', {}, `${tr(ctx, 'level')}: `, h('strong', {}, edgeLabel(edge, lang))) : null,
          edge.clause ? clauseLink(ctx, edge.clause) : text.article ? articleLink(ctx, text.article) : null,
          para ? h('blockquote', { class: 'clause-text', lang: 'zh-Hans' }, para.text) : null,
        ),
      );
    } else if (edge.source.startsWith('article:')) {
      const source = state.graph.nodes.find((n) => n.id === edge.source);
      const number = parseArticleKey(edge.source)?.number;
      if (source && number !== undefined) {
        const link = articleLink(ctx, { key: edge.source, number, title: source.label, titleEn: source.labelEn ?? source.label });
        parts.push(h('section', { class: 'details-section provenance' }, h('h4', { class: 'section-title' }, tr(ctx, 'source')), link));
      }
    }
    clear(body, ...parts);
  }

  function render() {
    const state = ctx.store.get();
    heading.textContent = tr(ctx, 'details');
    const id = state.selected;
    if (!id) {
      table = null;
      clear(body, h('p', { class: 'state state-empty' }, tr(ctx, 'nothingSelected')));
      return;
    }
    const lang = state.lang;
    const retry = () => render();
    const edge = state.graph.edges.find((e) => e.id === id);
    if (edge) return void run(() => drawEdge(edge, state), () => {}, retry);
    const [prefix] = id.split(':');
    if (prefix === 'actor') {
      return void run(
        async () => {
          const sc = await scope();
          return { ...(await actor({ id, regulations: sc.regulations })), sc };
        },
        (r) => (r.actor ? drawActor(r.actor, r.borne, r.benefits, r.sc, lang) : clear(body, h('p', { class: 'state state-empty' }, id))),
        retry,
      );
    }
    if (prefix === 'industry') {
      return void run(
        async () => {
          const sc = await scope();
          return { ...(await industry({ id, regulations: sc.regulations })), sc };
        },
        (r) => (r.industry ? drawIndustry(r.industry, r.obligations, r.sc, lang) : clear(body, h('p', { class: 'state state-empty' }, id))),
        retry,
      );
    }
    if (prefix === 'obligation') {
      return void run(() => obligation(id), (r) => (r.obligation ? drawObligation(r.obligation, lang) : clear(body, h('p', { class: 'state state-empty' }, id))), retry);
    }
    if (prefix === 'article') {
      return void run(() => article(id), (r) => (r.article ? drawArticle(r.article, lang) : clear(body, h('p', { class: 'state state-empty' }, id))), retry);
    }
    const node = state.graph.nodes.find((n) => n.id === id);
    if (node) drawPlainNode(node, lang);
    else clear(body, h('p', { class: 'state state-empty' }, id));
  }

  ctx.store.subscribe((state, previous) => {
    const edgeSelectedAndGraphChanged = state.graph !== previous.graph && state.selected?.includes('|');
    if (changedIn(state, previous, ['selected', 'lang', 'regulations']) || edgeSelectedAndGraphChanged) render();
  });
  render();

  return { table: () => table };
}
