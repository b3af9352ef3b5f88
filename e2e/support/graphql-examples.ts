import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { type DocumentNode, getVariableValues, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, validate } from 'graphql';

/** One ```graphql block of a Markdown file, with the ```json block of variables right after it, if any. */
export interface GraphqlExample {
  file: string;
  /** Line of the opening fence. */
  line: number;
  source: string;
  variables?: string;
}

/** The Markdown files whose GraphQL examples clients copy: docs/api.md and the READMEs. */
export function documentationFiles(root: string): string[] {
  const readmes = (folder: string) => readdirSync(join(root, folder)).map((name) => `${folder}/${name}/README.md`);
  return ['docs/api.md', 'README.md', 'gateway/README.md', ...readmes('services'), ...readmes('libs')].filter((file) => existsSync(join(root, file)));
}

export function graphqlExamples(file: string, markdown: string): GraphqlExample[] {
  const examples: GraphqlExample[] = [];
  let open: { language: string; line: number; body: string[] } | undefined;
  let previous: { language: string; closedAt: number } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const fence = /^\s*```\s*(\w*)\s*$/.exec(text);
    if (!open && fence) open = { language: fence[1]!, line: index + 1, body: [] };
    else if (open && fence) {
      const source = open.body.join('\n');
      if (open.language === 'graphql') examples.push({ file, line: open.line, source });
      // Variables: a json block opened on the line after a graphql block closed.
      else if (open.language === 'json' && previous?.language === 'graphql' && previous.closedAt === open.line - 1) examples.at(-1)!.variables = source;
      previous = { language: open.language, closedAt: index + 1 };
      open = undefined;
    } else open?.body.push(text);
  });
  return examples;
}

export function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

/**
 * What is wrong with an example against the schema clients see: a parse error, the validation errors of each
 * of its operations, or variables its operation does not accept. A block may hold several operations, one
 * example each (anonymous ones too): each is validated on its own, with the block's fragments; one using
 * variables is validated as an operation declaring them, as a client would send it.
 */
export function exampleProblems(example: GraphqlExample, schema: GraphQLSchema): string[] {
  const where = `${example.file}:${example.line}`;
  let document: DocumentNode;
  try {
    document = parse(example.source);
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  const operations = operationsOf(document);
  if (operations.length === 0) return [`${where}: no operation`];
  const problems = operations.flatMap((operation) =>
    validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }).map((error) => `${where} (${operation.name?.value ?? `anonymous ${operation.operation}`}): ${error.message}`),
  );
  if (example.variables === undefined) return problems;
  if (operations.length !== 1) return [...problems, `${where}: variables given for ${operations.length} operations`];
  let variables: Record<string, unknown>;
  try {
    variables = JSON.parse(example.variables) as Record<string, unknown>;
  } catch (error) {
    return [...problems, `${where} variables: ${(error as Error).message}`];
  }
  const coerced = getVariableValues(schema, operations[0]!.variableDefinitions ?? [], variables);
  return [...problems, ...(coerced.errors ?? []).map((error) => `${where} variables: ${error.message}`)];
}

/** The examples of one `## ` section of a Markdown text (its heading without the hashes). */
export function sectionExamples(file: string, markdown: string, heading: string): GraphqlExample[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`${file}: no section "## ${heading}"`);
  const length = lines.slice(start + 1).findIndex((line) => line.startsWith('## '));
  const end = length < 0 ? lines.length : start + 1 + length;
  return graphqlExamples(file, markdown).filter((example) => example.line > start && example.line <= end);
}

/** An example's text with its placeholders (`"<region id>"`…) replaced by real values. */
export function substitute(text: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((result, [placeholder, value]) => result.split(JSON.stringify(placeholder)).join(JSON.stringify(value)), text);
}
