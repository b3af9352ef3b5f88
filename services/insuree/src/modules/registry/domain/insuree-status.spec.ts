import { changeStatus } from './insuree-status';

const today = '2024-06-15';
const codes = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.code}:${error.field ?? ''}`);

describe('insuree status', () => {
  it('makes an insuree inactive or dead with a reason of that type, dated today by default', () => {
    expect(changeStatus({ status: 'AC' }, { status: 'IN', reasonCode: 'MOV' }, today)).toEqual({
      ok: true,
      value: { status: 'IN', reasonCode: 'MOV', statusDate: today },
    });
    expect(changeStatus({ status: 'AC' }, { status: 'DE', reasonCode: ' DTH ', date: '2024-06-01' }, today)).toEqual({
      ok: true,
      value: { status: 'DE', reasonCode: 'DTH', statusDate: '2024-06-01' },
    });
  });

  it('takes the reason code in any case', () => {
    expect(changeStatus({ status: 'AC' }, { status: 'DE', reasonCode: 'oth-d' }, today)).toMatchObject({ ok: true, value: { reasonCode: 'OTH-D' } });
  });

  it('needs a reason for IN and DE, of the matching type', () => {
    expect(codes(changeStatus({ status: 'AC' }, { status: 'IN' }, today))).toEqual(['INSUREE_STATUS_REASON_REQUIRED:reasonCode']);
    expect(codes(changeStatus({ status: 'AC' }, { status: 'DE', reasonCode: '  ' }, today))).toEqual([
      'INSUREE_STATUS_REASON_REQUIRED:reasonCode',
    ]);
    expect(codes(changeStatus({ status: 'AC' }, { status: 'DE', reasonCode: 'MOV' }, today))).toEqual([
      'INSUREE_STATUS_REASON_WRONG_TYPE:reasonCode',
    ]);
    expect(codes(changeStatus({ status: 'AC' }, { status: 'IN', reasonCode: 'DTH' }, today))).toEqual([
      'INSUREE_STATUS_REASON_WRONG_TYPE:reasonCode',
    ]);
    expect(codes(changeStatus({ status: 'AC' }, { status: 'IN', reasonCode: 'ZZZ' }, today))).toEqual([
      'INSUREE_LOOKUP_UNKNOWN:reasonCode',
    ]);
  });

  it('clears the reason when going back to active', () => {
    expect(changeStatus({ status: 'IN', reasonCode: 'NOP' }, { status: 'AC', reasonCode: 'NOP' }, today)).toEqual({
      ok: true,
      value: { status: 'AC', reasonCode: null, statusDate: today },
    });
  });

  it('refuses a wrong or future date', () => {
    expect(codes(changeStatus({ status: 'AC' }, { status: 'IN', reasonCode: 'MOV', date: '2024-06-16' }, today))).toEqual([
      'INSUREE_STATUS_DATE_IN_FUTURE:date',
    ]);
    expect(codes(changeStatus({ status: 'AC' }, { status: 'IN', reasonCode: 'MOV', date: '15/06/2024' }, today))).toEqual([
      'INSUREE_STATUS_DATE_INVALID:date',
    ]);
  });

  it('refuses a change to the same status and reason, but allows another reason', () => {
    expect(codes(changeStatus({ status: 'AC' }, { status: 'AC' }, today))).toEqual(['INSUREE_STATUS_UNCHANGED:status']);
    expect(codes(changeStatus({ status: 'IN', reasonCode: 'MOV' }, { status: 'IN', reasonCode: 'MOV' }, today))).toEqual([
      'INSUREE_STATUS_UNCHANGED:status',
    ]);
    expect(changeStatus({ status: 'IN', reasonCode: 'MOV' }, { status: 'IN', reasonCode: 'NOP' }, today).ok).toBe(true);
  });

  it('lets a dead insuree only become active again (or get another death reason)', () => {
    expect(codes(changeStatus({ status: 'DE', reasonCode: 'DTH' }, { status: 'IN', reasonCode: 'MOV' }, today))).toEqual([
      'INSUREE_STATUS_DEAD_ONLY_TO_ACTIVE:status',
    ]);
    expect(changeStatus({ status: 'DE', reasonCode: 'DTH' }, { status: 'AC' }, today).ok).toBe(true);
    expect(changeStatus({ status: 'DE', reasonCode: 'DTH' }, { status: 'DE', reasonCode: 'OTH-D' }, today).ok).toBe(true);
  });

  it('refuses an unknown status', () => {
    expect(codes(changeStatus({ status: 'AC' }, { status: 'XX' as never }, today))).toEqual(['INSUREE_STATUS_UNKNOWN:status']);
  });
});
