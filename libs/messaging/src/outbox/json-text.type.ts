import { Type } from '@mikro-orm/core';

/**
 * A jsonb column held as its JSON text: the ORM neither re-serialises nor deep-copies it for change
 * tracking (an outbox payload is written once, never edited), and the relay publishes the text as is.
 */
export class JsonTextType extends Type<string, string> {
  override getColumnType(): string {
    return 'jsonb';
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
