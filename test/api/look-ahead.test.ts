// selectsPath: the look-ahead that lets a loader fetch a nested field's rows with its own.
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsPath } from '../../server/schema/look-ahead.ts';

/** The info a resolver of the operation's first root field would get. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsPath', () => {
  it('follows field names, not aliases', () => {
    const info = infoOf('{ obligations { edges { node { clause: article { number } } } } }');
    expect(selectsPath(info, ['edges', 'node', 'article'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'clause'])).toBe(false);
    expect(selectsPath(info, ['edges', 'node', 'paragraph'])).toBe(false);
  });

  it('looks through named and inline fragments, also nested and repeated ones', () => {
    const info = infoOf(`{ obligations { ...Page } }
      fragment Page on ObligationConnection { edges { node { ... on Obligation { ...Clause } } } }
      fragment Clause on Obligation { key ...Clause2 }
      fragment Clause2 on Obligation { article { number } }`);
    expect(selectsPath(info, ['edges', 'node', 'article'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'key'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'bearers'])).toBe(false);
  });

  it('is false without info or below a leaf', () => {
    expect(selectsPath(undefined, ['edges'])).toBe(false);
    expect(selectsPath(infoOf('{ obligations { totalCount } }'), ['totalCount', 'x'])).toBe(false);
  });
});
