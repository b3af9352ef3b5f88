import { withServiceInLayout } from './readme-layout';

const README = [
  '# imis',
  '',
  '## Layout',
  '',
  '```',
  'services/location/   locations',
  'services/insuree/    insurees',
  'gateway/             the gateway',
  '```',
  '',
].join('\n');

describe('README layout', () => {
  it('lists the new service after the last service, aligned with it', () => {
    expect(withServiceInLayout(README, 'claim', 'Claim service')).toContain(
      ['services/insuree/    insurees', 'services/claim/      Claim service', 'gateway/             the gateway'].join('\n'),
    );
  });

  it('keeps one space after a path longer than the column, and lists a service once', () => {
    const once = withServiceInLayout(README, 'claim-adjudication', 'Claim adjudication service');
    expect(once).toContain('services/claim-adjudication/ Claim adjudication service\ngateway/');
    expect(withServiceInLayout(once, 'claim-adjudication', 'Claim adjudication service')).toBe(once);
  });

  it('fails without a layout section', () => {
    expect(() => withServiceInLayout('# imis\n', 'claim', 'Claim service')).toThrow('no "## Layout" section');
  });
});
