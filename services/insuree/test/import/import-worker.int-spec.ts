import { randomBytes } from 'crypto';
import type { AddressInfo } from 'net';
import type { INestApplication } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig } from '@imis/config';
import type { ServiceTestApp } from '@imis/testing';
import { insureeEnvSchema } from '../../src/config/insuree.config';
import { createInsureeWorker } from '../../src/insuree-app';
import type { InsureeScheme } from '../../src/insuree-scheme';
import { insureeImportQueue } from '../../src/modules/import/application/insuree-import.queue';
import { type InsuranceNumberCheck, insuranceNumberRefusals, VALID } from '../../src/modules/insurance-number/domain/insurance-number-validator';
import { NUMBER_VALIDITY } from '../support/registry-operations';
import { startInsuree } from '../support/insuree-service';
import { seedPlaces, validInsuranceNumber } from '../support/registry-fixtures';
import { csvOf, errorCodes, finished, head, IMPORT, member, startImport } from './import-fixtures';

/** A country's own rule: 10 digits, the last one the sum of the others mod 10. */
class SumCheckNumbers {
  readonly description = '10 digits, sum check';
  check(number: string): InsuranceNumberCheck {
    if (!/^\d{10}$/.test(number)) return insuranceNumberRefusals.length('10 digits');
    const sum = [...number.slice(0, 9)].reduce((total, digit) => total + Number(digit), 0);
    return sum % 10 === Number(number[9]) ? VALID : insuranceNumberRefusals.checkDigit();
  }
}

let serial = 0;
function sumCheckNumber(): string {
  const body = `${Date.now() % 1_000_000}`.padStart(6, '0') + `${serial++}`.padStart(3, '0');
  return body + ([...body].reduce((total, digit) => total + Number(digit), 0) % 10);
}

const scheme: InsureeScheme = { insuranceNumberValidator: SumCheckNumbers };

/**
 * The import worker as its own process (src/worker.ts's app) beside an API that only enqueues, both given a
 * country's number rule; and the worker's recovery of imports whose job was lost or gave up.
 */
describe('insuree service: standalone import worker', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let worker: INestApplication | undefined;
  let redis: Redis;
  let queue: Queue;

  beforeAll(async () => {
    ({ service } = await startInsuree({ IMPORT_QUEUE_PREFIX: prefix, IMPORT_WORKER_CONCURRENCY: '0' }, scheme));
    await seedPlaces(service);
    redis = new Redis(service.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue(insureeImportQueue.name, { connection: redis, prefix });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    redis?.disconnect();
    await service?.close();
  });

  const startAccepted = async (rows: Parameters<typeof csvOf>[0]): Promise<string> => {
    const response = await startImport(service, csvOf(rows), { mode: 'VALID_ROWS_ONLY' });
    return response.data!.startInsureeImport.insureeImport.id as string;
  };

  it('checks numbers with the scheme rule in the API', async () => {
    const valid = sumCheckNumber();
    const check = async (number: string) => (await service.data(NUMBER_VALIDITY, { number })).insuranceNumberValidity;
    expect(await check(valid)).toMatchObject({ isValid: true });
    expect(await check(`${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`)).toMatchObject({ isValid: false, errorCode: 4 });
    expect(await check(validInsuranceNumber())).toMatchObject({ isValid: false, errorCode: 3 }); // the default rule's 9 digits
  });

  it('runs imports whose job was lost, fails those whose job gave up, with the scheme rule', async () => {
    // A job that gives up without failing its import (as when the database is down at that moment).
    const gaveUp = await startAccepted([head('R1', { insuranceNumber: sumCheckNumber() })]);
    const quitter = new Worker(insureeImportQueue.name, async () => { throw new UnrecoverableError('worker lost its database'); }, { connection: redis, prefix });
    await service.eventually(async () => (await queue.getJobState(gaveUp)) === 'failed');
    await quitter.close();

    // A job lost from Redis.
    const headNumber = sumCheckNumber();
    const lost = await startAccepted([
      head('L1', { insuranceNumber: headNumber }),
      member('L1', { insuranceNumber: sumCheckNumber() }),
      member('L1', { insuranceNumber: validInsuranceNumber() }),
    ]);
    await queue.remove(lost);
    expect(await queue.getJobState(lost)).toBe('unknown');
    await service.query(`update job set updated_at = now() - interval '1 hour' where id = any($1)`, [[gaveUp, lost]]);
    expect((await service.data(IMPORT, { id: lost })).insureeImport.status).toBe('QUEUED');

    // With the API's IMPORT_WORKER_CONCURRENCY=0, as ops often share one environment: a worker still runs jobs.
    worker = await createInsureeWorker(loadConfig(insureeEnvSchema, { ...service.env, IMPORT_QUEUE_PREFIX: prefix, IMPORT_WORKER_CONCURRENCY: '0' }), scheme);
    worker.useLogger(false);
    await worker.listen(0, '127.0.0.1');

    const recovered = await finished(service, lost);
    expect(recovered).toMatchObject({ status: 'SUCCEEDED', familiesCreated: 1, insureesCreated: 2, errorsCount: 1 });
    expect(errorCodes(recovered)).toEqual(['3:insuranceNumber:INSURANCE_NUMBER_LENGTH']);
    expect(await service.query('select insurance_number from insuree where insurance_number = $1', [headNumber])).toHaveLength(1);

    const failed = await finished(service, gaveUp);
    expect(failed).toMatchObject({ status: 'FAILED', familiesCreated: 0, failureMessage: 'The import could not run: its job ran out of retries' });
    expect(await service.query('select length(content) as bytes from insuree_import where id = any($1) order by 1', [[lost, gaveUp]])).toEqual([
      { bytes: 0 },
      { bytes: 0 },
    ]);

    // What ops scale and alert on, from the worker's /metrics.
    const { port } = worker.getHttpServer().address() as AddressInfo;
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const sample = (name: string) => Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(metrics)?.[1]);
    expect(sample('job_recovered_total{queue="insuree-import",action="requeued",service="insuree"}')).toBe(1);
    expect(sample('job_recovered_total{queue="insuree-import",action="failed",service="insuree"}')).toBe(1);
    expect(sample('insuree_imports_finished_total{status="SUCCEEDED",service="insuree"}')).toBe(1);
    expect(sample('insuree_import_rows_total{result="imported",service="insuree"}')).toBe(2);
    expect(sample('insuree_import_rows_total{result="refused",service="insuree"}')).toBe(1);
    expect(sample('job_queue_jobs{queue="insuree-import",state="waiting",service="insuree"}')).toBe(0);
    expect(sample('job_queue_oldest_waiting_seconds{queue="insuree-import",service="insuree"}')).toBe(0);
    expect(sample('insuree_import_seconds_count{service="insuree"}')).toBe(1);
  });
});
