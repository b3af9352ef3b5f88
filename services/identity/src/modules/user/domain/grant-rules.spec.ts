import { checkGrantable } from './grant-rules';

const clerk = { id: 'c', name: 'Clerk', systemBits: 8, rights: [101001, 101002] };
const admin = { id: 'a', name: 'IMIS Administrator', systemBits: 64, rights: [121701] };
const codeOf = (result: ReturnType<typeof checkGrantable>) => (result.ok ? 'ok' : result.errors[0].code);

describe('grant rules', () => {
  it('lets a user grant a role whose rights it holds', () => {
    expect(codeOf(checkGrantable({ isAdministrator: false, rights: new Set([101001, 101002, 121702]) }, [clerk]))).toBe('ok');
  });

  it('refuses a role with a right the granter lacks, naming the role', () => {
    const result = checkGrantable({ isAdministrator: false, rights: new Set([101001]) }, [clerk]);
    expect(codeOf(result)).toBe('ROLE_NOT_GRANTABLE');
    expect(!result.ok && result.errors[0].message).toContain('Clerk');
  });

  it('never lets a non-administrator grant the IMIS Administrator role', () => {
    expect(codeOf(checkGrantable({ isAdministrator: false, rights: new Set([121701]) }, [admin]))).toBe('ROLE_NOT_GRANTABLE');
  });

  it('lets an administrator grant anything', () => {
    expect(codeOf(checkGrantable({ isAdministrator: true, rights: new Set() }, [admin, clerk]))).toBe('ok');
  });
});
