import { arrayFromHistory } from './history-arrays';

describe('arrays read back from history', () => {
  it('reads PostgreSQL array literals and plain arrays', () => {
    expect(arrayFromHistory('{a,b}')).toEqual(['a', 'b']);
    expect(arrayFromHistory('{}')).toEqual([]);
    expect(arrayFromHistory([1, 2])).toEqual(['1', '2']);
    expect(arrayFromHistory(null)).toEqual([]);
  });
});
