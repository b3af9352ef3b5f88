import type { SubgraphDefinition } from './subgraphs';
import { runProcess } from './processes';

/** Runs each service's migrate entry in turn (each creates its database if missing); throws on the first failure. */
export async function migrateServices(subgraphs: SubgraphDefinition[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  for (const subgraph of subgraphs) {
    const code = await runProcess(`${subgraph.name}:migrate`, subgraph.migrate, env);
    if (code !== 0) throw new Error(`Migrating ${subgraph.name} failed (${subgraph.migrate} exited with code ${code})`);
  }
}
