import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UseCase } from '@imis/application';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import type { InsureeView } from './insuree.view';
import { insureesLeave } from './leave-family';

export interface DeleteInsureesData {
  insureeIds: string[];
}

/** Deletes insurees (soft: kept as history), with or without a family: never a head, all or nothing. */
@Injectable()
export class DeleteInsurees implements UseCase<DeleteInsureesData, { insurees: InsureeView[] }, ScopedCommandMeta> {
  readonly operation = 'deleteInsurees';

  execute(tx: EntityManager, data: DeleteInsureesData, meta: ScopedCommandMeta): Promise<{ insurees: InsureeView[] }> {
    return insureesLeave(tx, data.insureeIds, 'delete', meta);
  }
}
