import { headFirst, type CardHolder } from './card-holder';

const member = (insureeId: string, isHead = false): CardHolder => ({
  insureeId,
  insuranceNumber: insureeId,
  lastName: 'Doe',
  otherNames: insureeId,
  birthDate: '2000-01-01',
  gender: 'O',
  familyId: 'family',
  isHead,
});

describe('headFirst', () => {
  it('puts the head first and keeps the others in order', () => {
    expect(headFirst([member('a'), member('b'), member('head', true), member('c')]).map((holder) => holder.insureeId)).toEqual(['head', 'a', 'b', 'c']);
  });
});
