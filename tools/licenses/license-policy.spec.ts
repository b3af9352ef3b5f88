import { isAllowedExpression, isAllowedLicense, refusalReason } from './license-policy';

describe('license policy', () => {
  it.each(['MIT', 'Apache-2.0', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'Python-2.0', 'Unlicense', 'AGPL-3.0-only', 'LGPL-2.1-or-later', 'MIT*'])(
    'allows %s',
    (license) => expect(isAllowedExpression(license)).toBe(true),
  );

  it.each(['Elastic-2.0', 'BUSL-1.1', 'SSPL-1.0', 'UNLICENSED', 'CC0-1.0', 'CC-BY-4.0', 'UNKNOWN', 'Custom: https://example.org'])(
    'refuses %s',
    (license) => expect(isAllowedExpression(license)).toBe(false),
  );

  it('allows an OR expression when one side is allowed', () => {
    expect(isAllowedExpression('(MIT OR CC0-1.0)')).toBe(true);
    expect(isAllowedExpression('Elastic-2.0 OR Apache-2.0')).toBe(true);
    expect(isAllowedExpression('Elastic-2.0 OR SSPL-1.0')).toBe(false);
  });

  it('requires every side of an AND expression', () => {
    expect(isAllowedExpression('Apache-2.0 AND MIT')).toBe(true);
    expect(isAllowedExpression('(MIT AND BSD-3-Clause)')).toBe(true);
    expect(isAllowedExpression('MIT AND Elastic-2.0')).toBe(false);
  });

  it('honours precedence and parentheses', () => {
    expect(isAllowedExpression('Elastic-2.0 AND MIT OR Apache-2.0')).toBe(true);
    expect(isAllowedExpression('Elastic-2.0 AND (MIT OR Apache-2.0)')).toBe(false);
  });

  it('reads an exception after WITH as part of the license', () => {
    expect(isAllowedExpression('GPL-2.0-or-later WITH Classpath-exception-2.0')).toBe(true);
  });

  it('refuses malformed expressions and missing licenses', () => {
    expect(isAllowedExpression('(MIT OR')).toBe(false);
    expect(isAllowedExpression('MIT Apache-2.0')).toBe(false);
    expect(isAllowedLicense(undefined)).toBe(false);
    expect(isAllowedLicense([])).toBe(false);
  });

  it('requires every entry of a legacy license list', () => {
    expect(isAllowedLicense(['MIT', 'Apache-2.0'])).toBe(true);
    expect(isAllowedLicense(['MIT', 'Elastic-2.0'])).toBe(false);
  });

  it('says why a license is refused', () => {
    expect(refusalReason('Elastic-2.0')).toBe('Elastic-2.0: source-available, not open source');
    expect(refusalReason('WTFPL')).toBe('WTFPL: not on the allow-list of OSI-approved licenses');
  });
});
