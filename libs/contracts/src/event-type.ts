/** `imis.<service>.<aggregate>.<event>.v<N>`, each name lowercase kebab-case. */
export const EVENT_TYPE_PATTERN = /^imis\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)\.v([1-9][0-9]*)$/;

export interface EventTypeParts {
  service: string;
  aggregate: string;
  event: string;
  version: number;
}

export function parseEventType(type: string): EventTypeParts {
  const match = EVENT_TYPE_PATTERN.exec(type);
  if (!match) {
    throw new Error(`Invalid event type "${type}": expected imis.<service>.<aggregate>.<event>.v<N> in lowercase kebab-case`);
  }
  return { service: match[1], aggregate: match[2], event: match[3], version: Number(match[4]) };
}
