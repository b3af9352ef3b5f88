import {
  insureeFields,
  type InsureeFields,
  type InsureeFieldsInput,
  mergeInsureeUpdate,
  updatedInsureeFields,
} from './insuree-fields';

const today = '2024-06-15';
const valid: InsureeFieldsInput = { lastName: ' Doe ', otherNames: ' Jane ', gender: 'F', birthDate: '1990-02-28' };

const codes = (result: { ok: boolean; errors?: { code: string; field?: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.code}:${error.field ?? ''}`);

const fields = (input: InsureeFieldsInput): InsureeFields => {
  const result = insureeFields(input, today);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('insuree fields', () => {
  it('trims, turns blanks into null and applies defaults', () => {
    const input = { insuranceNumber: ' 123456782 ', phone: '  ', email: ' jane@example.org ', currentVillageId: ' v1 ', relationship: ' 4 ' };
    expect(fields({ ...valid, ...input })).toEqual({
      insuranceNumber: '123456782',
      lastName: 'Doe',
      otherNames: 'Jane',
      gender: 'F',
      birthDate: '1990-02-28',
      maritalStatus: null,
      relationship: '4',
      profession: null,
      education: null,
      identificationType: null,
      identificationNumber: null,
      phone: null,
      email: 'jane@example.org',
      currentAddress: null,
      geolocation: null,
      cardIssued: false,
      currentVillageId: 'v1',
      healthFacilityId: null,
    });
  });

  it('refuses every missing required field at once', () => {
    expect(codes(insureeFields({}, today))).toEqual([
      'INSUREE_NAME_INVALID:lastName',
      'INSUREE_NAME_INVALID:otherNames',
      'INSUREE_GENDER_REQUIRED:gender',
      'INSUREE_BIRTH_DATE_REQUIRED:birthDate',
    ]);
    expect(codes(insureeFields({ lastName: ' ', otherNames: 'x'.repeat(101), gender: ' ', birthDate: '' }, today))).toEqual([
      'INSUREE_NAME_INVALID:lastName',
      'INSUREE_NAME_INVALID:otherNames',
      'INSUREE_GENDER_REQUIRED:gender',
      'INSUREE_BIRTH_DATE_REQUIRED:birthDate',
    ]);
    expect(fields({ ...valid, lastName: 'x'.repeat(100) }).lastName).toHaveLength(100);
  });

  it('refuses an unknown gender and a wrong or future birth date', () => {
    expect(codes(insureeFields({ ...valid, gender: 'X', birthDate: '1990-02-30' }, today))).toEqual([
      'INSUREE_GENDER_UNKNOWN:gender',
      'INSUREE_BIRTH_DATE_INVALID:birthDate',
    ]);
    expect(codes(insureeFields({ ...valid, birthDate: '2024-06-16' }, today))).toEqual(['INSUREE_BIRTH_DATE_IN_FUTURE:birthDate']);
    expect(fields({ ...valid, birthDate: today }).birthDate).toBe(today);
  });

  it('takes codes in any case and keeps them in the list case', () => {
    const sent = { gender: ' f ', maritalStatus: 'w', identificationType: 'n', relationship: '8' };
    expect(fields({ ...valid, ...sent })).toMatchObject({ gender: 'F', maritalStatus: 'W', identificationType: 'N', relationship: '8' });
    expect(codes(insureeFields({ ...valid, gender: 'female' }, today))).toEqual(['INSUREE_GENDER_UNKNOWN:gender']);
  });

  it('refuses codes outside the lookup lists, naming the list and the code', () => {
    const result = insureeFields(
      { ...valid, maritalStatus: 'X', relationship: '9', profession: '5', education: '8', identificationType: 'Z' },
      today,
    );
    expect(codes(result)).toEqual([
      'INSUREE_LOOKUP_UNKNOWN:maritalStatus',
      'INSUREE_LOOKUP_UNKNOWN:relationship',
      'INSUREE_LOOKUP_UNKNOWN:profession',
      'INSUREE_LOOKUP_UNKNOWN:education',
      'INSUREE_LOOKUP_UNKNOWN:identificationType',
    ]);
    expect(!result.ok && result.errors[1].message).toBe('"9" is not a code of the relationship list');
    const known = { maritalStatus: 'W', relationship: '8', profession: '3', education: '6', identificationType: 'V' };
    expect(fields({ ...valid, ...known })).toMatchObject(known);
  });

  it('limits the optional texts and checks the email format', () => {
    const input = {
      ...valid,
      identificationNumber: 'i'.repeat(26),
      phone: 'p'.repeat(51),
      email: `${'e'.repeat(95)}@x.org`,
      currentAddress: 'a'.repeat(201),
      geolocation: 'g'.repeat(251),
    };
    expect(codes(insureeFields(input, today))).toEqual([
      'INSUREE_FIELD_TOO_LONG:identificationNumber',
      'INSUREE_FIELD_TOO_LONG:phone',
      'INSUREE_FIELD_TOO_LONG:email',
      'INSUREE_FIELD_TOO_LONG:currentAddress',
      'INSUREE_FIELD_TOO_LONG:geolocation',
    ]);
    expect(codes(insureeFields({ ...valid, email: 'not an email' }, today))).toEqual(['INSUREE_EMAIL_INVALID:email']);
    expect(fields({ ...valid, identificationNumber: 'i'.repeat(25), geolocation: 'g'.repeat(250) }).geolocation).toHaveLength(250);
  });

  it('keeps cardIssued when sent', () => {
    expect(fields({ ...valid, cardIssued: true }).cardIssued).toBe(true);
    expect(fields({ ...valid, cardIssued: null }).cardIssued).toBe(false);
  });
});

describe('insuree update', () => {
  const current = fields({ ...valid, phone: '+255 1', email: 'jane@example.org', maritalStatus: 'M', cardIssued: true });

  it('keeps the fields not sent and clears those sent as null', () => {
    const merged = mergeInsureeUpdate(current, { phone: null, lastName: 'Smith', email: undefined });
    expect(merged).toMatchObject({ phone: null, lastName: 'Smith', email: 'jane@example.org', maritalStatus: 'M', cardIssued: true });
  });

  it('validates the merged fields and says whether anything changed', () => {
    const result = updatedInsureeFields(current, { phone: null, otherNames: ' Janet ' }, today);
    expect(result.ok && result.value.changed).toBe(true);
    expect(result.ok && result.value.fields).toEqual({ ...current, phone: null, otherNames: 'Janet' });
    const noOp = updatedInsureeFields(current, { phone: ' +255 1 ' }, today);
    expect(noOp.ok && noOp.value).toEqual({ fields: current, changed: false });
  });

  it('refuses to clear a required field', () => {
    expect(codes(updatedInsureeFields(current, { lastName: null, gender: null, birthDate: null }, today))).toEqual([
      'INSUREE_NAME_INVALID:lastName',
      'INSUREE_GENDER_REQUIRED:gender',
      'INSUREE_BIRTH_DATE_REQUIRED:birthDate',
    ]);
  });
});
