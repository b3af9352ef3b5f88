import { PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One refusal of an upload: the file's row (1 = the first data row, 0 = the file as a whole), column, code
 * and message. Each service subclasses it with its table, the column naming its job and an index on
 * (job, row); ids are a bigserial, the report's order.
 */
export abstract class UploadRowError {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'integer' })
  row!: number;

  @Property({ type: 'text', nullable: true })
  column: string | null = null;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  message!: string;
}
