// Which fields an operation selects on each object type, anywhere in it: a statement may then leave out of its
// rows the properties no field of this request reads (an article's whole text, when only its number is asked).
// Request-wide rather than per field, because rows are shared: a row primed into a per-request loader answers
// every later field of its type in the same request, so it must hold what any of them reads.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql/index.js'; // the CommonJS copy the schema's types come from (see yoga.ts)

/** Field names selected per object type; a field asked on an interface or union counts for each of its types. */
export type SelectedFields = ReadonlyMap<string, ReadonlySet<string>>;

const cache = new WeakMap<DocumentNode, SelectedFields>();

/**
 * Every field the document selects, by the object type it is selected on. All operations and fragments of the
 * document count (a superset of what one operation executes, which only makes rows wider). Cached per document:
 * Yoga hands the same parsed document to every request with the same text.
 */
export function selectedFieldsOf(schema: GraphQLSchema, document: DocumentNode): SelectedFields {
  const cached = cache.get(document);
  if (cached) return cached;
  const selected = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let fields = selected.get(type);
    if (!fields) selected.set(type, (fields = new Set()));
    fields.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const parentType = getNamedType(parent);
        if (isObjectType(parentType)) add(parentType.name, node.name.value);
        else if (isAbstractType(parentType)) for (const type of schema.getPossibleTypes(parentType)) add(type.name, node.name.value);
      },
    }),
  );
  cache.set(document, selected);
  return selected;
}

/**
 * Whether a request may leave out what only fields outside `cheap` read: true when every field it selects on
 * `type` is in `cheap`. Unknown (no selection recorded, e.g. a resolver called outside execution): false.
 */
export function selectsOnly(selected: SelectedFields | undefined, type: string, cheap: ReadonlySet<string>): boolean {
  if (!selected) return false;
  for (const field of selected.get(type) ?? []) if (!cheap.has(field)) return false;
  return true;
}
