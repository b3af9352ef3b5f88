import { type CurrentDiagnosis, planDiagnosisUpload } from './diagnosis-upload-plan';

const current = new Map<string, CurrentDiagnosis>([
  ['A00', { id: 'id-a00', code: 'A00', name: 'Cholera', version: 1 }],
  ['A01', { id: 'id-a01', code: 'A01', name: 'Typhoid', version: 3 }],
  ['A02', { id: 'id-a02', code: 'A02', name: 'Salmonella', version: 1 }],
]);
const rows = [
  { row: 1, code: 'A00', name: 'Cholera' },
  { row: 2, code: 'A01', name: 'Typhoid and paratyphoid fevers' },
  { row: 3, code: 'B00', name: 'Herpes' },
];
const summary = (plan: ReturnType<typeof planDiagnosisUpload>) => ({
  inserts: plan.inserts.map((row) => row.code),
  updates: plan.updates.map((update) => `${update.current.code}:${update.name}`),
  deletes: plan.deletes.map((diagnosis) => diagnosis.code),
  unchanged: plan.unchanged,
});

describe('what a diagnosis upload changes', () => {
  it('INSERT_ONLY creates the new codes and leaves current ones as they are', () => {
    expect(summary(planDiagnosisUpload(rows, current, 'INSERT_ONLY', new Set(['A00', 'A01', 'B00'])))).toEqual({ inserts: ['B00'], updates: [], deletes: [], unchanged: 2 });
  });

  it('INSERT_UPDATE also renames current codes whose name differs', () => {
    expect(summary(planDiagnosisUpload(rows, current, 'INSERT_UPDATE', new Set(['A00', 'A01', 'B00'])))).toEqual({
      inserts: ['B00'],
      updates: ['A01:Typhoid and paratyphoid fevers'],
      deletes: [],
      unchanged: 1,
    });
  });

  it('INSERT_UPDATE_DELETE also deletes current codes the file does not name, sparing those of refused rows', () => {
    expect(summary(planDiagnosisUpload(rows, current, 'INSERT_UPDATE_DELETE', new Set(['A00', 'A01', 'B00']))).deletes).toEqual(['A02']);
    expect(summary(planDiagnosisUpload(rows, current, 'INSERT_UPDATE_DELETE', new Set(['A00', 'A01', 'A02', 'B00']))).deletes).toEqual([]);
  });
});
