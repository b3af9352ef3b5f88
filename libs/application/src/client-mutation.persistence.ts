import { Migration } from '@mikro-orm/migrations';
import type { PersistenceContribution } from '@imis/persistence';
import { ClientMutation } from './client-mutation.entity';

/** The `client_mutation` table (ClientMutation). Idempotent: services created it before this library owned it. */
export class ClientMutationTableMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "client_mutation" ("actor" text not null, "client_mutation_id" text not null, "operation" text not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "client_mutation_pkey" primary key ("actor", "client_mutation_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "client_mutation" cascade;');
  }
}

/** Stored first results of mutations sent with a clientMutationId, in every service that runs commands. */
export const clientMutationPersistence: PersistenceContribution = {
  owner: 'client-mutation',
  entities: [ClientMutation],
  migrations: [{ name: 'client_mutation_0001_client_mutation', class: ClientMutationTableMigration }],
};
