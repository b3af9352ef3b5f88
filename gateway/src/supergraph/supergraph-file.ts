import { readFileSync } from 'fs';
import { Kind, parse } from 'graphql';

export interface SupergraphSubgraph {
  /** join__graph name, e.g. "location". */
  name: string;
  /** URL composed into the supergraph. */
  url: string;
}

export interface Supergraph {
  sdl: string;
  subgraphs: SupergraphSubgraph[];
}

/** Reads a composed supergraph and lists its subgraphs from the `join__Graph` enum. */
export function loadSupergraph(path: string): Supergraph {
  return parseSupergraph(readFileSync(path, 'utf8'));
}

export function parseSupergraph(sdl: string): Supergraph {
  const document = parse(sdl);
  const subgraphs: SupergraphSubgraph[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
      const argument = (name: string) => {
        const node = directive?.arguments?.find((candidate) => candidate.name.value === name)?.value;
        return node?.kind === Kind.STRING ? node.value : undefined;
      };
      const name = argument('name');
      const url = argument('url');
      if (name && url) subgraphs.push({ name, url });
    }
  }
  if (subgraphs.length === 0) throw new Error('The supergraph declares no subgraph (no join__Graph enum values)');
  return { sdl, subgraphs };
}
