import { type DocumentNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode } from 'graphql';

/**
 * Root fields a caller without an access token may ask for: identity's public operations (sign in,
 * refresh, the password rules shown on the sign-in page) and `__typename`. Introspection (`__schema`,
 * `__type`) is not among them: the schema is shown to signed-in callers only.
 */
export const ANONYMOUS_ROOT_FIELDS: ReadonlySet<string> = new Set(['login', 'refreshToken', 'passwordPolicy', '__typename']);

/**
 * True when the operation the request would run selects only allow-listed root fields, looking through
 * fragments at the root. Anything it cannot decide (a syntax error, an unknown operation or fragment,
 * several operations and no name) is false: the caller must sign in and the runtime then reports the error.
 */
export function isAnonymousOperation(query: string | undefined, operationName?: string | null): boolean {
  if (!query) return false;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false;
  }
  const operation = selectedOperation(document, operationName ?? undefined);
  if (!operation) return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [])),
  );
  return onlyAllowedFields(operation.selectionSet, fragments, new Set());
}

function selectedOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function onlyAllowedFields(selectionSet: SelectionSetNode, fragments: Map<string, SelectionSetNode>, visiting: Set<string>): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return ANONYMOUS_ROOT_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return onlyAllowedFields(selection.selectionSet, fragments, visiting);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return false;
    visiting.add(name);
    const allowed = onlyAllowedFields(fragment, fragments, visiting);
    visiting.delete(name);
    return allowed;
  });
}
