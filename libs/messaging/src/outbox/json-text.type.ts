import { Type } from '@mikro-orm/core';

/**
 * A json column held as its JSON text: the ORM neither re-serialises nor deep-copies it for change
 * tracking (an outbox payload is written once, never edited), PostgreSQL checks and keeps the text as
 * written (json, not jsonb: no binary form to build and turn back into text), and the relay publishes it as is.
 */
export class JsonTextType extends Type<string, string> {
  override getColumnType(): string {
    return 'json';
  }

  override convertToDatabaseValue(value: string): string {
    return value;
  }

  override convertToJSValue(value: string | object): string {
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  override compareAsType(): string {
    return 'string';
  }
}
