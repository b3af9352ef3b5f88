import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, type UseCase } from '@imis/application';
import { createEvent, payerDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { PayerCommandMeta } from './payer-command-meta';
import { payerToChange } from './payer-in-scope';
import { payerView, type PayerView } from './payer.view';

export interface DeletePayerData {
  id: string;
  version?: number | null;
}

/**
 * Soft-deletes a payer. Premiums already paid by it keep naming it (they are history of what was paid); new
 * premiums and fundings can no longer name it.
 */
@Injectable()
export class DeletePayer implements UseCase<DeletePayerData, { payer: PayerView }, PayerCommandMeta> {
  readonly operation = 'deletePayer';

  async execute(tx: EntityManager, data: DeletePayerData, { actor, scope }: PayerCommandMeta): Promise<{ payer: PayerView }> {
    const payer = await payerToChange(tx, data.id, scope);
    expectVersion(payer, data.version);
    payer.markDeleted(actor);
    await tx.flush();
    recordEvent(tx, createEvent(payerDeletedEvent, { subject: payer.id, data: { id: payer.id, version: payer.version } }));
    return { payer: payerView(payer) };
  }
}
