import type { CommandResult } from '@imis/application';
import type { FamilyView } from '../application/family.view';
import type { InsureeView } from '../application/insuree.view';
import type { FamilyPayload } from './family.payload';
import type { InsureePayload, InsureesPayload } from './insuree.payload';
import { toFamilyModel, toInsureeModel } from './registry.mapper';

type Replayable<T> = CommandResult<Partial<T>>;

export function familyPayload(result: Replayable<{ family: FamilyView }>, clientMutationId?: string | null): FamilyPayload {
  return { family: result.family ? toFamilyModel(result.family) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}

export function insureePayload(result: Replayable<{ insuree: InsureeView }>, clientMutationId?: string | null): InsureePayload {
  return { insuree: result.insuree ? toInsureeModel(result.insuree) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}

export function insureesPayload(result: Replayable<{ insurees: InsureeView[] }>, clientMutationId?: string | null): InsureesPayload {
  return { insurees: result.insurees ? result.insurees.map(toInsureeModel) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
