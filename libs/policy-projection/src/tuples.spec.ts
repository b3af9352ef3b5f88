import { groupByTuple, targetDates, uuidsOrNulls } from './tuples';

describe('the tuple arrays of the set-based queries', () => {
  const id = '01890a5d-ac96-774b-bcce-b302099a8057';

  it('keeps every tuple in its place: an id that is not a UUID becomes NULL', () => {
    expect(uuidsOrNulls([id, 'not-a-uuid', '', id])).toBe(`{${id},NULL,NULL,${id}}`);
    expect(uuidsOrNulls([])).toBe('{}');
  });

  it('passes calendar dates and refuses anything else as a bug of the caller', () => {
    expect(targetDates('coveringPolicies', ['2024-02-29', '2026-12-31'])).toBe('{2024-02-29,2026-12-31}');
    expect(() => targetDates('coveringPolicies', ['2023-02-29'])).toThrow(new RangeError('coveringPolicies: not a date: "2023-02-29"'));
    expect(() => targetDates('coveringProductLines', ['2026-01-01}'])).toThrow(RangeError);
    expect(() => targetDates('coveringPolicies', [undefined as unknown as string])).toThrow(RangeError);
  });

  it('gathers rows per tuple in the order of the tuples, with an empty list for a tuple without rows', () => {
    const rows = [{ n: 1, id: 'a' }, { n: 1, id: 'b' }, { n: 3, id: 'c' }];
    expect(groupByTuple(rows, 4)).toEqual([[{ id: 'a' }, { id: 'b' }], [], [{ id: 'c' }], []]);
  });
});
