import type { Diagnosis } from '../infrastructure/diagnosis.entity';

/** A current diagnosis as callers see it. */
export interface DiagnosisView {
  id: string;
  code: string;
  name: string;
  version: number;
  validFrom: Date;
}

export function diagnosisView(diagnosis: Pick<Diagnosis, 'id' | 'code' | 'name' | 'version' | 'validFrom'>): DiagnosisView {
  return { id: diagnosis.id, code: diagnosis.code, name: diagnosis.name, version: diagnosis.version, validFrom: diagnosis.validFrom };
}
