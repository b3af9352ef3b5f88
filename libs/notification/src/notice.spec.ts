import { stableNoticeId } from './notice';

describe('stableNoticeId', () => {
  it('gives the same version-8 UUID for the same parts, and another for other parts', () => {
    const id = stableNoticeId('payment', '0190e0c0-0000-7000-8000-000000000001', 'MATCHED');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableNoticeId('payment', '0190e0c0-0000-7000-8000-000000000001', 'MATCHED')).toBe(id);
    expect(stableNoticeId('payment', '0190e0c0-0000-7000-8000-000000000001', 'REJECTED')).not.toBe(id);
    // Parts are separated: ('ab', 'c') is not ('a', 'bc').
    expect(stableNoticeId('ab', 'c')).not.toBe(stableNoticeId('a', 'bc'));
  });
});
