import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UseCase } from '@imis/application';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import type { InsureeView } from './insuree.view';
import { insureesLeave } from './leave-family';

export interface RemoveInsureesData {
  insureeIds: string[];
}

/** Detaches insurees from their families (they stay insurees): never a head, all or nothing. */
@Injectable()
export class RemoveInsurees implements UseCase<RemoveInsureesData, { insurees: InsureeView[] }, ScopedCommandMeta> {
  readonly operation = 'removeInsurees';

  execute(tx: EntityManager, data: RemoveInsureesData, meta: ScopedCommandMeta): Promise<{ insurees: InsureeView[] }> {
    return insureesLeave(tx, data.insureeIds, 'detach', meta);
  }
}
