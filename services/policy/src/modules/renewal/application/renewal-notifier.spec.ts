import { MemoryNotifier } from '@imis/notification';
import { RenewalNotifier } from './renewal-notifier';

describe('RenewalNotifier', () => {
  it('hands renewal notices to the Notifier port as notices about the policy, in order, with its channel and outcomes', async () => {
    const port = new MemoryNotifier('LOGGED');
    const renewals = new RenewalNotifier(port);
    const notice = { id: 'n1', renewalId: 'r1', policyId: 'p1', recipient: 'OFFICER' as const, recipientId: 'o1', phone: null, renewalDate: '2026-03-01', message: 'due' };
    expect(await renewals.send([notice, { ...notice, id: 'n2', recipient: 'FAMILY_HEAD', recipientId: 'h1' }])).toEqual(['LOGGED', 'LOGGED']);
    expect(renewals.channel).toBe('memory');
    expect(port.notices).toEqual([
      { id: 'n1', recipient: { kind: 'OFFICER', id: 'o1', phone: null, language: null }, text: 'due', reference: { type: 'POLICY', id: 'p1' } },
      { id: 'n2', recipient: { kind: 'FAMILY_HEAD', id: 'h1', phone: null, language: null }, text: 'due', reference: { type: 'POLICY', id: 'p1' } },
    ]);
  });
});
