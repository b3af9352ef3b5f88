import { HistoryRecord } from '../history-record.entity';
import { HistoryTableMigration } from './history.migration';
import type { PersistenceContribution } from './persistence-contribution';

/** Past versions of versioned aggregates: part of every service database (serviceOrmConfig adds it). */
export const historyPersistence: PersistenceContribution = {
  owner: 'persistence',
  entities: [HistoryRecord],
  migrations: [{ name: 'persistence_0001_history', class: HistoryTableMigration }],
};
