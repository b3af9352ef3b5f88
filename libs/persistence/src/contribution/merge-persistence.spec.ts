import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { mergePersistence, orderedContributions } from './merge-persistence';
import type { PersistenceContribution } from './persistence-contribution';

class NoOp extends Migration {
  override async up(): Promise<void> {}
}
class Outbox {}
class Inbox {}
class Claim {}

const migration = (name: string): MigrationObject => ({ name, class: NoOp });
const history: PersistenceContribution = { owner: 'persistence', entities: [], migrations: [migration('persistence_0001_history')] };
const messaging: PersistenceContribution = {
  owner: 'messaging',
  entities: [Outbox, Inbox],
  migrations: [migration('messaging_0001_outbox_inbox'), migration('messaging_0002_outbox_notify')],
};
const projection: PersistenceContribution = { owner: 'location-projection', entities: [], migrations: [migration('location_projection_0001')] };

describe('persistence contributions', () => {
  it('orders the always-present ones first, then those a service uses as it lists them, each once', () => {
    const ordered = orderedContributions([history], [projection, messaging, projection, history]);
    expect(ordered.map((contribution) => contribution.owner)).toEqual(['persistence', 'location-projection', 'messaging']);
  });

  it('refuses two contributions claiming the same owner', () => {
    expect(() => orderedContributions([history], [messaging, { ...messaging }])).toThrow('Two persistence contributions are owned by "messaging"');
  });

  it("runs the libraries' migrations before the service's and keeps each entity once", () => {
    const merged = mergePersistence({ entities: [Claim, Inbox], migrations: [migration('Migration20270101000000_initial')] }, [history, messaging]);
    expect(merged.migrations.map((entry) => entry.name)).toEqual([
      'persistence_0001_history',
      'messaging_0001_outbox_inbox',
      'messaging_0002_outbox_notify',
      'Migration20270101000000_initial',
    ]);
    expect(merged.entities).toEqual([Outbox, Inbox, Claim]);
  });

  it('refuses a migration name listed twice', () => {
    expect(() => mergePersistence({ entities: [], migrations: [migration('messaging_0002_outbox_notify')] }, [messaging])).toThrow(
      'The migration name "messaging_0002_outbox_notify" is listed twice',
    );
  });
});
