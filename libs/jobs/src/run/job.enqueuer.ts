import { type EntityManager, type EventSubscriber, MikroORM, type TransactionEventArgs } from '@mikro-orm/core';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { currentCorrelationId, describeError } from '@imis/observability';
import { uuidv7 } from '@imis/persistence';
import type { JobQueueDefinition } from '../queue/job-queue.definition';
import { JobRecord } from '../record/job-record.entity';
import { BullTransport } from '../transport/bull.transport';

interface PendingEnqueue {
  queue: JobQueueDefinition;
  id: string;
  payload: object;
}

export interface AddJobOptions {
  /** The job's id (default: a new UUID v7); give the id of the domain row the job works on to share it. */
  id?: string;
}

/** The root of a (possibly nested) transaction, as MikroORM's transaction events name it. */
interface TransactionLike {
  parentTransaction?: TransactionLike;
}

function rootTransactionOf(tx: EntityManager): object {
  let transaction = tx.getTransactionContext<TransactionLike>();
  if (!transaction) throw new Error('A job is added in the transaction of the change that asks for it (em.transactional)');
  while (transaction.parentTransaction) transaction = transaction.parentTransaction;
  return transaction;
}

/**
 * Adds jobs: the row in the caller's transaction, the BullMQ job once that transaction has committed (a
 * MikroORM transaction subscriber), so a rolled-back change never runs a job and a committed one always
 * has its row. An enqueue that fails after the commit (Redis down) is logged and left to the recovery
 * sweep: the row is the truth.
 */
@Injectable()
export class JobEnqueuer implements EventSubscriber, OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly pending = new WeakMap<object, PendingEnqueue[]>();

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: BullTransport,
  ) {}

  onModuleInit(): void {
    this.orm.em.getEventManager().registerSubscriber(this);
  }

  add<P extends object>(tx: EntityManager, queue: JobQueueDefinition<P>, payload: P, options: AddJobOptions = {}): JobRecord {
    const root = rootTransactionOf(tx);
    const record = tx.create(JobRecord, {
      id: options.id ?? uuidv7(),
      queue: queue.name,
      payload,
      maxAttempts: queue.attempts,
      correlationId: currentCorrelationId() ?? null,
    });
    tx.persist(record);
    this.enqueueAfterCommit(root, { queue, id: record.id, payload });
    return record;
  }

  /** Carries a job whose row `tx`'s transaction writes once that transaction has committed. */
  enqueueOnCommit(tx: EntityManager, queue: JobQueueDefinition, id: string, payload: object): void {
    this.enqueueAfterCommit(rootTransactionOf(tx), { queue, id, payload });
  }

  /** Carries a job whose row exists (the recovery sweep, a retry by hand); a job already in Redis is not added twice. */
  async enqueue(queue: JobQueueDefinition, id: string, payload: object): Promise<void> {
    await this.transport.enqueue(queue, id, payload);
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    const jobs = transaction ? this.pending.get(transaction) : undefined;
    if (!jobs) return;
    this.pending.delete(transaction!);
    await Promise.all(
      jobs.map((job) =>
        this.transport
          .enqueue(job.queue, job.id, job.payload)
          .catch((error: Error) => this.logger.warn(`Job ${job.queue.name}/${job.id} committed but not enqueued (${describeError(error)}): the recovery sweep will`)),
      ),
    );
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction) this.pending.delete(transaction);
  }

  private enqueueAfterCommit(root: object, job: PendingEnqueue): void {
    const jobs = this.pending.get(root);
    if (jobs) jobs.push(job);
    else this.pending.set(root, [job]);
  }
}
