import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { defineJobQueue, type JobHandler, JobProcessor, type RunningJob } from '../../src';

export interface EffectPayload {
  key: string;
  /** Attempts that fail after writing their effect (so the test sees it rolled back). */
  failAttempts?: number;
}

const quickRetry = { type: 'fixed', delayMs: 10 } as const;

export const effectsQueue = defineJobQueue<EffectPayload>({ name: 'test-effects', attempts: 3, backoff: quickRetry });
export const doomedQueue = defineJobQueue<EffectPayload>({ name: 'test-doomed', attempts: 2, backoff: quickRetry });
export const nightlyQueue = defineJobQueue<{ report: string }>({ name: 'test-nightly', backoff: quickRetry });
/** Given concurrency 0 in the test app: its jobs wait. */
export const idleQueue = defineJobQueue<EffectPayload>({ name: 'test-idle' });
export const blockingQueue = defineJobQueue<EffectPayload>({ name: 'test-blocking' });
/** Its jobs register a person twice: a unique violation of PostgreSQL, with the person's name in the statement. */
export const personQueue = defineJobQueue<{ name: string }>({ name: 'test-person', attempts: 2, backoff: quickRetry });

async function writeEffect(tx: EntityManager, key: string, attempt: number): Promise<void> {
  await tx.execute('insert into test_effect (key, attempt) values (?, ?)', [key, attempt], 'run');
}

/** Writes its effect in the job's transaction; fails its first `failAttempts` attempts after writing. */
@JobProcessor(effectsQueue)
@Injectable()
export class EffectProcessor implements JobHandler<EffectPayload, { key: string }> {
  async process(job: RunningJob<EffectPayload>, tx: EntityManager): Promise<{ key: string }> {
    await writeEffect(tx, job.payload.key, job.attempt);
    if (job.attempt <= (job.payload.failAttempts ?? 0)) throw new Error(`attempt ${job.attempt} failed`);
    return { key: job.payload.key };
  }
}

/** Always fails; records that it gave up in the transaction that fails the job. */
@JobProcessor(doomedQueue)
@Injectable()
export class DoomedProcessor implements JobHandler<EffectPayload> {
  async process(): Promise<never> {
    throw new Error('the database of the doomed is gone');
  }

  async gaveUp(job: RunningJob<EffectPayload>, error: Error, tx: EntityManager): Promise<void> {
    await writeEffect(tx, `gave up ${job.payload.key}: ${error.message}`, job.attempt);
  }
}

/** A scheduled job: every second (the tests cannot wait for the night). */
@JobProcessor(nightlyQueue, { schedules: [{ id: 'every-second', cron: '* * * * * *', payload: { report: 'expiries' } }] })
@Injectable()
export class NightlyProcessor implements JobHandler<{ report: string }> {
  async process(job: RunningJob<{ report: string }>, tx: EntityManager): Promise<{ report: string; scheduledFor: string | undefined }> {
    await writeEffect(tx, `${job.payload.report} ${job.scheduledFor?.toISOString()}`, job.attempt);
    return { report: job.payload.report, scheduledFor: job.scheduledFor?.toISOString() };
  }
}

@JobProcessor(idleQueue)
@Injectable()
export class IdleProcessor implements JobHandler<EffectPayload> {
  async process(): Promise<void> {
    throw new Error('never run: the queue has concurrency 0 here');
  }
}

/** Holds its job (active) until the test opens the gate. */
@Injectable()
export class Gate {
  private opened!: () => void;
  readonly whenOpen = new Promise<void>((resolve) => (this.opened = resolve));

  open(): void {
    this.opened();
  }
}

@JobProcessor(blockingQueue)
@Injectable()
export class BlockingProcessor implements JobHandler<EffectPayload> {
  constructor(private readonly gate: Gate) {}

  async process(job: RunningJob<EffectPayload>, tx: EntityManager): Promise<void> {
    await this.gate.whenOpen;
    await writeEffect(tx, job.payload.key, job.attempt);
  }
}

@JobProcessor(personQueue)
@Injectable()
export class PersonProcessor implements JobHandler<{ name: string }> {
  async process(job: RunningJob<{ name: string }>, tx: EntityManager): Promise<void> {
    await tx.execute('insert into test_person (name) values (?), (?)', [job.payload.name, job.payload.name], 'run');
  }
}

export const testProcessors = [EffectProcessor, DoomedProcessor, NightlyProcessor, IdleProcessor, Gate, BlockingProcessor, PersonProcessor];
export const testQueues = [effectsQueue, doomedQueue, nightlyQueue, idleQueue, blockingQueue, personQueue];
