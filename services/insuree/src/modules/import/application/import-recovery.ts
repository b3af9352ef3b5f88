import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ImportRecords } from '../infrastructure/import-records';
import { importsRecovered } from '../infrastructure/import.metrics';
import { ImportJobRunner } from './import-job.runner';
import { IMPORT_QUEUE, type ImportQueue } from './import-queue.port';

/** Imports looked at per sweep; the next sweep takes the rest. */
const SWEEP_LIMIT = 100;

export interface RecoveryOutcome {
  requeued: string[];
  failed: string[];
}

/**
 * Finds imports left unfinished by a job that no longer exists: enqueued nowhere (the API process died
 * between its commit and the enqueue, or Redis lost its data) or out of retries without the import being
 * failed (the database was down when the worker gave up). The first are enqueued again (a job starts from
 * scratch, so this is safe), the second failed. Imports idle for less than `idleSeconds` are left alone:
 * their enqueue may be under way. Any number of workers may sweep at once (enqueueing is idempotent).
 */
@Injectable()
export class ImportRecovery {
  private readonly logger = new Logger('InsureeImportRecovery');

  constructor(
    private readonly em: EntityManager,
    @Inject(IMPORT_QUEUE) private readonly queue: ImportQueue,
    private readonly runner: ImportJobRunner,
  ) {}

  async sweep(idleSeconds: number): Promise<RecoveryOutcome> {
    const outcome: RecoveryOutcome = { requeued: [], failed: [] };
    const ids = await new ImportRecords(this.em.fork()).unfinishedIdleFor(idleSeconds, SWEEP_LIMIT);
    for (const id of ids) {
      const state = await this.queue.stateOf(id);
      if (state === 'lost') {
        await this.queue.enqueue(id);
        outcome.requeued.push(id);
      } else if (state === 'gave-up') {
        await this.runner.giveUp(id, new Error('its job ran out of retries'));
        outcome.failed.push(id);
      }
    }
    importsRecovered.inc({ action: 'requeued' }, outcome.requeued.length);
    importsRecovered.inc({ action: 'failed' }, outcome.failed.length);
    if (outcome.requeued.length > 0) this.logger.warn(`Enqueued again imports whose job was lost: ${outcome.requeued.join(', ')}`);
    return outcome;
  }
}
