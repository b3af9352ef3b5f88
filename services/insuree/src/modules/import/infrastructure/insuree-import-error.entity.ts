import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One refusal of an import: the file's row (1 = the first data row), column, code and message. */
@Entity({ tableName: 'insuree_import_error' })
@Index({ properties: ['importId', 'row'] })
export class InsureeImportError {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  importId!: string;

  @Property({ type: 'integer' })
  row!: number;

  @Property({ type: 'text', nullable: true })
  column: string | null = null;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  message!: string;
}
