import { isLocationType, parentTypeOf } from './location-type';

describe('location types', () => {
  it('puts each level directly under the one above', () => {
    expect(parentTypeOf('R')).toBeNull();
    expect(parentTypeOf('D')).toBe('R');
    expect(parentTypeOf('W')).toBe('D');
    expect(parentTypeOf('V')).toBe('W');
  });

  it('knows only the four levels', () => {
    expect(['R', 'D', 'W', 'V'].every(isLocationType)).toBe(true);
    expect(isLocationType('X')).toBe(false);
    expect(isLocationType('r')).toBe(false);
  });
});
