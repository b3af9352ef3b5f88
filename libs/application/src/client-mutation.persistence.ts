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

/** The fingerprint of what a clientMutationId was first used for (nullable: older rows have none). */
export class ClientMutationInputHashMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "client_mutation" add column if not exists "input_hash" text null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "client_mutation" drop column if exists "input_hash";');
  }
}

/** Stored first results of mutations sent with a clientMutationId, in every service that runs commands. */
export const clientMutationPersistence: PersistenceContribution = {
  owner: 'client-mutation',
  entities: [ClientMutation],
  migrations: [
    { name: 'client_mutation_0001_client_mutation', class: ClientMutationTableMigration },
    { name: 'client_mutation_0002_input_hash', class: ClientMutationInputHashMigration },
  ],
};
