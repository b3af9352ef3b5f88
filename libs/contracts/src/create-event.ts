import { v7 } from 'uuid';
import { cloudEventEnvelopeSchema, type CloudEvent } from './cloud-event';
import { checkEnvelope } from './envelope-check';
import type { EventContract } from './event-contract';
import { EventValidationError } from './event-validation.error';

const decoder = new TextDecoder();

export interface CreateEventInput<T> {
  /** Aggregate id. */
  subject: string;
  data: T;
  /** Defaults to `/imis/<service of the event type>`. */
  source?: string;
  correlationId?: string;
  causationId?: string;
  time?: Date;
}

/** Builds a CloudEvent for a contract; refuses data that does not match the contract's schema. */
export function createEvent<T>(contract: EventContract<T>, input: CreateEventInput<T>): CloudEvent<T> {
  return validate(contract, buildEvent(contract, input));
}

/**
 * Builds a CloudEvent for a contract without checking its data against the schema: only for a producer
 * that builds many events of one shape from already-validated values, and checks one of them with
 * createEvent (a bulk import checks its first batch event, then builds the others this way).
 */
export function buildEvent<T>(contract: EventContract<T>, input: CreateEventInput<T>): CloudEvent<T> {
  const event: CloudEvent<T> = {
    specversion: '1.0',
    id: v7(),
    source: input.source ?? `/imis/${contract.service}`,
    type: contract.type,
    time: (input.time ?? new Date()).toISOString(),
    subject: input.subject,
    datacontenttype: 'application/json',
    data: input.data,
  };
  if (input.correlationId) event.correlationid = input.correlationId;
  if (input.causationId) event.causationid = input.causationId;
  return event;
}

/** Decodes and checks the envelope of any event (bytes, JSON text or an object). */
export function parseEnvelope(raw: unknown): CloudEvent<unknown> {
  let value = raw;
  try {
    if (value instanceof Uint8Array) value = decoder.decode(value);
    if (typeof value === 'string') value = JSON.parse(value);
  } catch (error) {
    throw new EventValidationError(undefined, [`not JSON: ${(error as Error).message}`]);
  }
  const checked = checkEnvelope(value);
  if (checked) return checked;
  const result = cloudEventEnvelopeSchema.safeParse(value);
  if (!result.success) {
    const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
    throw EventValidationError.fromZod(typeof type === 'string' ? type : undefined, result.error);
  }
  return result.data as CloudEvent<unknown>;
}

/** Decodes an event of a known contract, checking envelope, type and data. */
export function parseEvent<T>(contract: EventContract<T>, raw: unknown): CloudEvent<T> {
  return validate(contract, parseEnvelope(raw));
}

function validate<T>(contract: EventContract<T>, event: CloudEvent<unknown>): CloudEvent<T> {
  const envelope = checkEnvelope(event) ?? parseEnvelope(event); // the latter throws the detailed issues
  if (envelope.type !== contract.type) {
    throw new EventValidationError(contract.type, [`type: expected ${contract.type}, got ${envelope.type}`]);
  }
  const data = contract.schema.safeParse(envelope.data);
  if (!data.success) throw EventValidationError.fromZod(contract.type, data.error, 'data');
  return { ...envelope, data: data.data };
}
