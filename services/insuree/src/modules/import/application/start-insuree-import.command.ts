import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { JobEnqueuer } from '@imis/jobs';
import { base64DecodedLength, decodeBase64 } from '@imis/kernel';
import { utf8TabularFile } from '@imis/tabular-files';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { columnMappingOf } from '../domain/import-columns';
import type { ImportDateFormat, ImportEncoding, ImportFormat, ImportMode } from '../domain/import-options';
import { importErrors } from '../domain/import.errors';
import { InsureeImport } from '../infrastructure/insuree-import.entity';
import { insureeImportQueue } from './insuree-import.queue';

export interface StartImportData {
  fileName: string;
  format: ImportFormat;
  /** CSV only; UTF_8 when not given. */
  encoding?: ImportEncoding | null;
  contentBase64: string;
  dateFormat: ImportDateFormat;
  mode: ImportMode;
  columnMapping?: readonly { field: string; column: string }[] | null;
}

/**
 * Queues an import: the file is stored with the import (any worker can run it) and the requester's scope
 * with it, and its job (same id) in the same transaction; the job reaches Redis once that has committed.
 */
@Injectable()
export class StartInsureeImport implements UseCase<StartImportData, { importId: string }, ScopedCommandMeta> {
  readonly operation = 'startInsureeImport';

  constructor(
    @InjectInsureeEnv() private readonly env: InsureeEnv,
    @Optional() private readonly jobs?: JobEnqueuer,
  ) {}

  /** Whether imports can be started here (the job queues are configured: JobsModule). */
  get available(): boolean {
    return this.jobs !== undefined;
  }

  async execute(tx: EntityManager, data: StartImportData, { actor, scope }: ScopedCommandMeta): Promise<{ importId: string }> {
    const jobs = this.jobs;
    if (!jobs) throw new Error('The job queues are not configured in this process (JobsModule)');
    // Stored as UTF-8 whatever the declared encoding: the job reads nothing else.
    const [content] = orRefuse(utf8TabularFile(data.format, data.encoding ?? 'UTF_8', this.decode(data.contentBase64)));
    const { mapping, errors } = columnMappingOf(data.columnMapping ?? []);
    if (errors.length > 0) refuse(...errors);
    const job = tx.create(InsureeImport, {
      fileName: data.fileName.trim(),
      format: data.format,
      dateFormat: data.dateFormat,
      mode: data.mode,
      columnMapping: mapping,
      content,
      requestedBy: actor,
      scopeLocationIds: scope.everywhere ? null : [...scope.locationIds],
    });
    tx.persist(job);
    jobs.add(tx, insureeImportQueue, { importId: job.id }, { id: job.id });
    return { importId: job.id };
  }

  private decode(base64: string): Buffer {
    if (base64DecodedLength(base64) > this.env.IMPORT_MAX_BYTES) refuse(importErrors.fileTooLarge(this.env.IMPORT_MAX_BYTES));
    const content = decodeBase64(base64);
    if (content === null || content.length === 0) refuse(importErrors.fileEmpty());
    return content;
  }
}
