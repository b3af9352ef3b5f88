import type { DomainError } from '@imis/kernel';
import { staffMemberFields } from './staff-member-fields';

describe('staffMemberFields', () => {
  it('trims what every staff member has and links no user by default', () => {
    const errors: DomainError[] = [];
    const fields = staffMemberFields({ code: ' E1 ', lastName: ' Doe ', otherNames: 'Jane', email: null, phone: ' +255 1 ', birthDate: '1990-02-01' }, errors);
    expect(errors).toEqual([]);
    expect(fields).toEqual({ code: 'E1', lastName: 'Doe', otherNames: 'Jane', email: null, phone: '+255 1', birthDate: '1990-02-01', userId: null });
  });

  it('reports each bad field, in the order of the form', () => {
    const errors: DomainError[] = [];
    staffMemberFields({ code: 'TOO-LONG-CODE', lastName: '', otherNames: 'X', email: 'not-an-address', birthDate: '1990-02-30' }, errors);
    expect(errors.map((error) => error.field)).toEqual(['code', 'lastName', 'email', 'birthDate']);
  });
});
