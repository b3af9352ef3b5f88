import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import { type CommandMeta, type CommandResult, refuse, runCommand } from '@imis/application';
import { base64DecodedLength, decodeBase64 } from '@imis/kernel';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import { columnMappingOf } from '../domain/import-columns';
import type { ImportDateFormat, ImportFormat, ImportMode } from '../domain/import-options';
import { importErrors } from '../domain/import.errors';
import { InsureeImport } from '../infrastructure/insuree-import.entity';
import { IMPORT_QUEUE, type ImportQueue } from './import-queue.port';

export interface StartImportData {
  fileName: string;
  format: ImportFormat;
  contentBase64: string;
  dateFormat: ImportDateFormat;
  mode: ImportMode;
  columnMapping?: readonly { field: string; column: string }[] | null;
}

/** Queues an import: the file is stored with the import (any worker can run it) and the requester's scope with it. */
@Injectable()
export class StartImportHandler {
  constructor(
    private readonly em: EntityManager,
    @InjectInsureeEnv() private readonly env: InsureeEnv,
    @Optional() @Inject(IMPORT_QUEUE) private readonly queue?: ImportQueue,
  ) {}

  /** Whether imports can be started here (the job queue is configured). */
  get available(): boolean {
    return this.queue !== undefined;
  }

  async execute(data: StartImportData, meta: CommandMeta, scope: ScopeFilter): Promise<CommandResult<Partial<{ importId: string }>>> {
    if (!this.queue) throw new Error('The import queue is not configured in this process (ImportJobsModule)');
    const result = await runCommand(this.em, { ...meta, operation: 'startInsureeImport' }, async (tx) => {
      const content = this.decode(data.contentBase64);
      const { mapping, errors } = columnMappingOf(data.columnMapping ?? []);
      if (errors.length > 0) refuse(...errors);
      const job = tx.create(InsureeImport, {
        fileName: data.fileName.trim(),
        format: data.format,
        dateFormat: data.dateFormat,
        mode: data.mode,
        columnMapping: mapping,
        content,
        requestedBy: meta.actor,
        scopeLocationIds: scope.everywhere ? null : [...scope.locationIds],
      });
      tx.persist(job);
      return { importId: job.id };
    });
    if (result.importId) await this.enqueue(result.importId);
    return result;
  }

  private decode(base64: string): Buffer {
    if (base64DecodedLength(base64) > this.env.IMPORT_MAX_BYTES) refuse(importErrors.fileTooLarge(this.env.IMPORT_MAX_BYTES));
    const content = decodeBase64(base64);
    if (content === null || content.length === 0) refuse(importErrors.fileEmpty());
    return content;
  }

  /** A queue that cannot take the job fails the import at once rather than leaving it QUEUED forever. */
  private async enqueue(importId: string): Promise<void> {
    try {
      await this.queue!.enqueue(importId);
    } catch (error) {
      await this.em
        .fork()
        .getConnection()
        .execute(
          `update insuree_import set status = 'FAILED', failure_message = ?, finished_at = now(), updated_at = now() where id = ? and status = 'QUEUED'`,
          [`The job queue refused the import: ${(error as Error).message}`, importId],
          'run',
        );
      throw error;
    }
  }
}
