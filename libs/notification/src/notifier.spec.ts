import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { LoggingNotifier, maskPhone } from './logging.notifier';
import { MemoryNotifier } from './memory.notifier';
import type { Notice } from './notice';
import { NotificationModule } from './notification.module';
import { deliverNotices, NOTIFIER, type Notifier } from './notifier';
import { createNotifier } from './notifier-adapters';
import { notifierVariable } from './notifier-env';

const notice = (id: string, phone: string | null = '+255700000123'): Notice => ({
  id,
  recipient: { kind: 'PAYER', id: null, phone, language: 'en' },
  text: `text ${id}`,
  reference: { type: 'PAYMENT', id: 'p1' },
});

describe('the Notifier port', () => {
  it('delivers through the adapter, one outcome per notice', async () => {
    const memory = new MemoryNotifier();
    expect(await deliverNotices(memory, [notice('a'), notice('b')])).toEqual(['SENT', 'SENT']);
    expect(memory.notices.map((sent) => sent.id)).toEqual(['a', 'b']);
    expect(await deliverNotices(memory, [])).toEqual([]);
    expect(memory.notices).toHaveLength(2);
  });

  it('never lets an adapter fail the caller: a throw or a missing outcome is FAILED', async () => {
    const errors: unknown[] = [];
    const throwing: Notifier = { channel: 'broken', send: async () => Promise.reject(new Error('gateway down')) };
    expect(await deliverNotices(throwing, [notice('a'), notice('b')], (error) => errors.push(error))).toEqual(['FAILED', 'FAILED']);
    expect(errors).toEqual([new Error('gateway down')]);
    const short: Notifier = { channel: 'short', send: async () => ['SENT'] };
    expect(await deliverNotices(short, [notice('a'), notice('b')])).toEqual(['SENT', 'FAILED']);
  });

  it('logs by default (LOGGED), with phones masked', async () => {
    expect(await new LoggingNotifier().send([notice('a')])).toEqual(['LOGGED']);
    expect(maskPhone('+255700000123')).toBe('…123');
    expect(maskPhone(null)).toBe('no phone');
  });
});

describe('adapters by name', () => {
  it('reads <SERVICE>_NOTIFIER as a registered name, log by default', () => {
    const variable = notifierVariable('payment feedback');
    expect(variable.parse(undefined)).toBe('log');
    expect(variable.safeParse('carrier-pigeon').success).toBe(false);
    expect(createNotifier('log', { service: 'payment' })).toBeInstanceOf(LoggingNotifier);
    expect(() => createNotifier('carrier-pigeon', { service: 'payment' })).toThrow('No Notifier adapter named "carrier-pigeon" (known: log)');
    expect(() => createNotifier('toString', { service: 'payment' })).toThrow('No Notifier adapter named "toString"');
  });

  it('provides the named adapter, or the one given, under NOTIFIER', async () => {
    const named = await NestFactory.createApplicationContext(NotificationModule.forRoot({ service: 'payment', adapter: 'log' }), { logger: false });
    expect(named.get<Notifier>(NOTIFIER).channel).toBe('log');
    await named.close();
    const memory = new MemoryNotifier();
    const given = await NestFactory.createApplicationContext(NotificationModule.forRoot({ service: 'payment', adapter: 'log', notifier: memory }), { logger: false });
    expect(given.get(NOTIFIER)).toBe(memory);
    await given.close();
  });
});
