const PREFIX = /^([a-z0-9]+\.)?$/;
const SERVICE = /^[a-z][a-z0-9-]*$/;

function checkPrefix(prefix: string): void {
  if (!PREFIX.test(prefix)) throw new Error(`Invalid event prefix "${prefix}": empty or a lowercase word and a dot`);
}

function checkName(kind: string, name: string): void {
  if (!SERVICE.test(name)) throw new Error(`Invalid ${kind} name "${name}": lowercase kebab-case expected`);
}

function streamPrefix(prefix: string): string {
  return prefix ? `${prefix.slice(0, -1).toUpperCase()}_` : '';
}

/** JetStream stream of a service: "LOCATION", or "T1A2B3C4_LOCATION" with the prefix "t1a2b3c4.". */
export function streamName(prefix: string, service: string): string {
  checkPrefix(prefix);
  checkName('service', service);
  return `${streamPrefix(prefix)}${service.toUpperCase().replace(/-/g, '_')}`;
}

/** NATS subject of an event type (or of a subject pattern such as `imis.location.>`). */
export function subjectOf(prefix: string, type: string): string {
  checkPrefix(prefix);
  return `${prefix}${type}`;
}

/** Subjects a service's stream captures: every event type the service publishes. */
export function serviceSubjects(prefix: string, service: string): string {
  checkName('service', service);
  return subjectOf(prefix, `imis.${service}.>`);
}

export function dlqStreamName(prefix: string): string {
  checkPrefix(prefix);
  return `${streamPrefix(prefix)}DLQ`;
}

/** Where a consumer's dead letters go: `<prefix>imis.dlq.<consumer>`. */
export function dlqSubject(prefix: string, consumer: string): string {
  checkName('consumer', consumer);
  return subjectOf(prefix, `imis.dlq.${consumer}`);
}
