// selectedFieldsOf: which fields a request selects on each type, so that its rows may leave out the rest.
import { parse } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../server/context.ts';
import { articleOf, articlesFromKeys, articleTextOf, KEY_DERIVED_ARTICLE_FIELDS, TEXT_FREE_ARTICLE_FIELDS } from '../../server/schema/article-text.ts';
import { schema } from '../../server/schema/index.ts';
import { selectedFieldsOf, selectsOnly } from '../../server/schema/selected-fields.ts';

const fieldsOf = (query: string) => selectedFieldsOf(schema, parse(query));
const contextOf = (query: string) => ({ selected: fieldsOf(query) }) as ApiContext;

describe('selectedFieldsOf', () => {
  it('records field names (not aliases) by the type they are selected on, through fragments', () => {
    const selected = fieldsOf(`query { actor(id: "a") { key label: name obligations(first: 5) { edges { node { ...O } } } } }
      fragment O on Obligation { modality clause: article { number ... on Article { heading } } }`);
    expect([...selected.get('Actor')!].sort()).toEqual(['key', 'name', 'obligations']);
    expect([...selected.get('Obligation')!].sort()).toEqual(['article', 'modality']);
    expect([...selected.get('Article')!].sort()).toEqual(['heading', 'number']);
  });

  it('counts a field asked on an interface for every type implementing it', () => {
    const selected = fieldsOf('{ search(query: "x", first: 3) { edges { node { key ... on ArticleHit { article { text } } } } } }');
    for (const hit of ['ArticleHit', 'ObligationHit', 'ActorHit']) expect(selected.get(hit)?.has('key')).toBe(true);
    expect(selected.get('ArticleHit')?.has('article')).toBe(true);
    expect(selected.get('Article')?.has('text')).toBe(true);
  });

  it('gives the same answer for the same document without walking it again', () => {
    const document = parse('{ article(number: 1) { number } }');
    expect(selectedFieldsOf(schema, document)).toBe(selectedFieldsOf(schema, document));
  });
});

describe('articleTextOf', () => {
  it('leaves the text out only when no Article field of the whole request reads it', () => {
    expect(articleTextOf(contextOf('{ zoneIndustryMatrix { cells { article { number heading title } } } }'))).toEqual({ articleText: false });
    // The text asked anywhere else in the request, even under another root field, brings it back for every row.
    expect(
      articleTextOf(contextOf('{ zoneIndustryMatrix { cells { article { number } } } articles(first: 1) { edges { node { text } } } }')),
    ).toEqual({ articleText: true });
    expect(articleTextOf(contextOf('{ regulation { title } }'))).toEqual({ articleText: false });
  });

  it('keeps the text when it cannot tell what the request selects', () => {
    expect(articleTextOf({} as ApiContext)).toEqual({ articleText: true });
    expect(selectsOnly(undefined, 'Article', TEXT_FREE_ARTICLE_FIELDS)).toBe(false);
  });

  it('lists only fields the Article type has, and not its text', () => {
    const fields = Object.keys((schema.getType('Article') as import('graphql').GraphQLObjectType).getFields());
    for (const field of TEXT_FREE_ARTICLE_FIELDS) if (field !== '__typename') expect(fields).toContain(field);
    expect(TEXT_FREE_ARTICLE_FIELDS.has('text')).toBe(false);
    for (const field of ['text', 'heading', 'chapter']) expect(KEY_DERIVED_ARTICLE_FIELDS.has(field)).toBe(false);
  });
});

describe('articleOf', () => {
  it('answers from the key alone only when every Article field of the request follows from it', () => {
    const numbersOnly = contextOf('{ zoneIndustryMatrix { cells { article { key number title } } } }');
    expect(articlesFromKeys(numbersOnly)).toBe(true);
    expect(articleOf(numbersOnly, 'regulation:r', 7)).toEqual({ id: 'article:r/7', regulation: 'regulation:r', number: 7, chapter: null, heading: null, text: null });
    const withHeading = contextOf('{ zoneIndustryMatrix { cells { article { number } } } article(number: 1) { heading } }');
    expect(articlesFromKeys(withHeading)).toBe(false);
    expect(articleOf(withHeading, 'regulation:r', 7)).toBe('article:r/7');
    expect(articleOf({} as ApiContext, 'regulation:r', 7)).toBe('article:r/7');
  });
});
