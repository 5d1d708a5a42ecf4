// A regulation's whole text for the reader: one request, chapter by chapter. A regulation without chapters has
// no chapter to nest its articles under, so its articles are listed by key and fetched a few at a time, then
// given to the reader as one unnamed chapter (label '').
import type { ApiClient } from './client.ts';
import type { ResultOf } from './graphql.ts';
import { ReaderArticleQuery, RegulationArticleKeysQuery, RegulationTextQuery, type ReaderArticle, type RegulationText } from './text-operations.ts';

const MAX_KEY_PAGES = 20;
const PARALLEL = 6;

async function articleKeys(api: ApiClient, key: string): Promise<string[]> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_KEY_PAGES; page += 1) {
    const result: ResultOf<typeof RegulationArticleKeysQuery> = await api.request(RegulationArticleKeysQuery, { key, after });
    const connection = result.regulation?.articles;
    if (!connection) break;
    keys.push(...connection.edges.map((e) => e.node.key));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return keys;
}

async function articlesByKey(api: ApiClient, keys: readonly string[]): Promise<ReaderArticle[]> {
  const articles: (ReaderArticle | null)[] = new Array(keys.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const index = next++;
      articles[index] = (await api.request(ReaderArticleQuery, { key: keys[index]! })).article;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, keys.length) }, worker));
  return articles.filter((a): a is ReaderArticle => a !== null);
}

export async function fetchRegulationText(api: ApiClient, key: string): Promise<RegulationText | null> {
  const regulation = (await api.request(RegulationTextQuery, { key })).regulation;
  if (!regulation || regulation.chapters.length) return regulation;
  const articles = await articlesByKey(api, await articleKeys(api, key));
  return articles.length ? { ...regulation, chapters: [{ number: 0, title: '', titleEn: null, label: '', labelEn: '', articles }] } : regulation;
}
