import { Migration } from '@mikro-orm/migrations';

/**
 * Created only libraries' tables (outbox, inbox, client_mutation, history, projected_location), which
 * their own migrations create now (identityPersistence); kept, empty, because databases record it as applied.
 */
export class Migration20261124090120_initial extends Migration {
  override async up(): Promise<void> {}

  override async down(): Promise<void> {}
}
