import { serviceNames } from './service-names';

describe('service names', () => {
  it('gives every form of a one-word and a several-word name', () => {
    expect(serviceNames('demo')).toEqual({ name: 'demo', Name: 'Demo', nameCamel: 'demo', NAME: 'DEMO', name_snake: 'demo', Title: 'Demo' });
    expect(serviceNames('claim-review-2')).toEqual({
      name: 'claim-review-2',
      Name: 'ClaimReview2',
      nameCamel: 'claimReview2',
      NAME: 'CLAIM_REVIEW_2',
      name_snake: 'claim_review_2',
      Title: 'Claim review 2',
    });
  });

  it('refuses what is not lowercase kebab-case, too long or reserved', () => {
    for (const name of ['Demo', 'claim_review', '2fa', 'claim--review', '-claim', 'claim-', '']) {
      expect(() => serviceNames(name)).toThrow('is not a service name');
    }
    expect(() => serviceNames('a'.repeat(41))).toThrow('longer than 40');
    expect(() => serviceNames('dlq')).toThrow('"dlq" is reserved');
    expect(() => serviceNames('gateway')).toThrow('reserved');
  });
});
