import type { DiagnosisRow } from './diagnosis-rows';
import type { UploadStrategy } from './diagnosis-upload-options';

/** A current diagnosis as an upload sees it. */
export interface CurrentDiagnosis {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly version: number;
}

export interface DiagnosisUploadPlan {
  readonly inserts: DiagnosisRow[];
  /** Current diagnoses whose name the file changes. */
  readonly updates: { readonly current: CurrentDiagnosis; readonly name: string }[];
  readonly deletes: CurrentDiagnosis[];
  /** Valid rows that change nothing: the same name, or a current code under INSERT_ONLY. */
  readonly unchanged: number;
}

/**
 * What an upload changes, by its strategy: codes not current are created; under INSERT_UPDATE(_DELETE) a
 * current code whose name differs takes the file's; under INSERT_UPDATE_DELETE a current code the file
 * does not name at all (not even on a refused row) is deleted.
 */
export function planDiagnosisUpload(
  rows: readonly DiagnosisRow[],
  current: ReadonlyMap<string, CurrentDiagnosis>,
  strategy: UploadStrategy,
  codesInFile: ReadonlySet<string>,
): DiagnosisUploadPlan {
  const inserts: DiagnosisRow[] = [];
  const updates: DiagnosisUploadPlan['updates'] = [];
  let unchanged = 0;
  for (const row of rows) {
    const existing = current.get(row.code);
    if (!existing) inserts.push(row);
    else if (strategy !== 'INSERT_ONLY' && existing.name !== row.name) updates.push({ current: existing, name: row.name });
    else unchanged += 1;
  }
  const deletes = strategy === 'INSERT_UPDATE_DELETE' ? [...current.values()].filter((diagnosis) => !codesInFile.has(diagnosis.code)) : [];
  return { inserts, updates, deletes, unchanged };
}
