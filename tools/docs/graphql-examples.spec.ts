import { readFileSync } from 'fs';
import { join } from 'path';
import { buildSchema } from 'graphql';
import { REPO_ROOT } from '@imis/deployment';
import { documentationFiles, exampleProblems, graphqlExamples } from '../../e2e/support/graphql-examples';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
/** The client schema the gateway serves (drift-checked against the supergraph by npm run supergraph:check). */
const schema = buildSchema(read('gateway/schema.graphql'));

describe('GraphQL examples of the documentation', () => {
  const examples = documentationFiles(REPO_ROOT).flatMap((file) => graphqlExamples(file, read(file)));

  it('finds the examples of docs/api.md and the READMEs', () => {
    const api = examples.filter((example) => example.file === 'docs/api.md');
    expect(api.length).toBeGreaterThanOrEqual(12);
    expect(api.filter((example) => example.variables !== undefined).length).toBeGreaterThanOrEqual(2);
  });

  it('parse and validate against gateway/schema.graphql', () => {
    expect(examples.flatMap((example) => exampleProblems(example, schema))).toEqual([]);
  });
});

describe('example checks', () => {
  const small = buildSchema('type Query { location(id: ID!): Location } type Location { id: ID! name: String! }');
  const example = (source: string) => ({ file: 'x.md', line: 3, source });

  it('read the graphql blocks of a Markdown text with their line', () => {
    expect(graphqlExamples('x.md', 'text\n```graphql\nquery { a }\n```\n```sh\nnpm start\n```\n')).toEqual([{ file: 'x.md', line: 2, source: 'query { a }' }]);
    expect(graphqlExamples('x.md', '```graphql\nquery Q($id: ID!) { a(id: $id) }\n```\n```json\n{ "id": "1" }\n```\n```graphql\nquery { b }\n```\n\n```json\n{}\n```')).toEqual([
      { file: 'x.md', line: 1, source: 'query Q($id: ID!) { a(id: $id) }', variables: '{ "id": "1" }' },
      { file: 'x.md', line: 7, source: 'query { b }' },
    ]);
  });

  it('validate each operation of a block, with variables declared, and report what is wrong', () => {
    expect(exampleProblems(example('query { location(id: "0193…") { name } }\nquery Q($id: ID!) { location(id: $id) { id } }'), small)).toEqual([]);
    expect(exampleProblems(example('query { location(id: "0193…") { code } }'), small)).toEqual(['x.md:3 (anonymous query): Cannot query field "code" on type "Location".']);
    expect(exampleProblems(example('query { location(id: $id) { id } }'), small)).toEqual(['x.md:3 (anonymous query): Variable "$id" is not defined.']);
    expect(exampleProblems(example('query { location('), small)[0]).toMatch(/^x\.md:3: Syntax Error/);
    const withVariables = (variables: string) => exampleProblems({ ...example('query Q($id: ID!) { location(id: $id) { id } }'), variables }, small);
    expect(withVariables('{ "id": "<location id>" }')).toEqual([]);
    expect(withVariables('{ "ident": "0193…" }')).toEqual(['x.md:3 variables: Variable "$id" of required type "ID!" was not provided.']);
  });
});
