import { canonicalLookupCode, INSUREE_STATUSES, isInsureeStatus, isLookupCode, LOOKUPS, lookupCodes, lookupEntry, lookupLabel, type LookupKind } from './lookups';

const codes = (kind: LookupKind) => LOOKUPS[kind].map((entry) => entry.code);

describe('lookups', () => {
  it('holds the openIMIS codes', () => {
    expect(codes('gender')).toEqual(['M', 'F', 'O']);
    expect(codes('maritalStatus')).toEqual(['M', 'S', 'D', 'W', 'N']);
    expect(codes('relationship')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(codes('profession')).toEqual(['1', '2', '3', '4']);
    expect(codes('education')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(codes('familyType')).toEqual(['C', 'G', 'H', 'O', 'P', 'S', 'T']);
    expect(codes('identificationType')).toEqual(['D', 'N', 'P', 'V']);
    expect(codes('confirmationType')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('labels every entry in English and French', () => {
    expect(lookupLabel('gender', 'F', 'en')).toBe('Female');
    expect(lookupLabel('gender', 'F', 'fr')).toBe('Féminin');
    expect(lookupLabel('relationship', '8', 'en')).toBe('Spouse');
    expect(lookupLabel('relationship', '5', 'fr')).toBe('Grands-parents');
    expect(lookupLabel('identificationType', 'N', 'fr')).toBe("Carte nationale d'identité");
    expect(lookupLabel('statusReason', 'DTH', 'fr')).toBe('Décès');
    expect(lookupLabel('gender', 'X', 'en')).toBeNull();
    for (const list of Object.values(LOOKUPS)) {
      for (const entry of list) {
        expect(entry.label.en).not.toBe('');
        expect(entry.label.fr).not.toBe('');
      }
    }
  });

  it('lists each kind in its sort order, with unique codes', () => {
    for (const list of Object.values(LOOKUPS)) {
      const orders = list.map((entry) => entry.sortOrder);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(new Set(list.map((entry) => entry.code)).size).toBe(list.length);
    }
  });

  it('types the status reasons, at least two for each of IN and DE, codes of at most 5 characters', () => {
    const reasons = LOOKUPS.statusReason;
    expect(reasons.filter((reason) => reason.type === 'IN').length).toBeGreaterThanOrEqual(2);
    expect(reasons.filter((reason) => reason.type === 'DE').length).toBeGreaterThanOrEqual(2);
    expect(reasons.every((reason) => reason.code.length <= 5)).toBe(true);
    expect(lookupEntry('statusReason', 'MOV')?.type).toBe('IN');
    expect(lookupEntry('statusReason', 'OTH-D')?.type).toBe('DE');
  });

  it('tells codes of a list apart', () => {
    expect(isLookupCode('gender', 'M')).toBe(true);
    expect(isLookupCode('gender', 'm')).toBe(false);
    expect(isLookupCode('relationship', '9')).toBe(false);
    expect(isLookupCode('familyType', 'H')).toBe(true);
  });

  it('reads a code written in any case, with spaces around, as the list writes it', () => {
    expect(canonicalLookupCode('gender', 'f')).toBe('F');
    expect(canonicalLookupCode('gender', ' M ')).toBe('M');
    expect(canonicalLookupCode('statusReason', 'oth-d')).toBe('OTH-D');
    expect(canonicalLookupCode('relationship', '8')).toBe('8');
    expect(canonicalLookupCode('gender', 'female')).toBeNull();
    expect(canonicalLookupCode('relationship', '9')).toBeNull();
    expect(lookupCodes('gender')).toEqual(['M', 'F', 'O']);
  });

  it('has codes that differ by more than case, so that any case is unambiguous', () => {
    for (const list of Object.values(LOOKUPS)) {
      expect(list.every((entry) => entry.code === entry.code.toUpperCase())).toBe(true);
    }
  });

  it('labels the insuree statuses', () => {
    expect(INSUREE_STATUSES.map((status) => `${status.code}:${status.label.en}:${status.label.fr}`)).toEqual([
      'AC:Active:Actif',
      'IN:Inactive:Inactif',
      'DE:Dead:Décédé',
    ]);
    expect(isInsureeStatus('DE')).toBe(true);
    expect(isInsureeStatus('XX')).toBe(false);
  });
});
