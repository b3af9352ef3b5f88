import { cellDefect, headerDefects } from './tabular-cells';

describe('cells and headers no check may see', () => {
  it('refuses text PostgreSQL cannot store and cells over 1,000 characters, without quoting them', () => {
    expect(cellDefect('A0\u00009')?.code).toBe('INVALID_CHARACTERS');
    expect(cellDefect('x\ud800')?.code).toBe('INVALID_CHARACTERS');
    expect(cellDefect('x'.repeat(1_001))).toEqual({ code: 'IMPORT_CELL_TOO_LONG', message: 'The cell is longer than 1000 characters' });
  });

  it('accepts any real text, dates and empty cells', () => {
    for (const cell of ['Choléra 🌍', 'x'.repeat(1_000), '', null, undefined, new Date(0)]) expect(cellDefect(cell)).toBeNull();
  });

  it('names a bad header cell by its position', () => {
    expect(headerDefects(['code', 'na\u0000me', 'h'.repeat(1_001)]).map((error) => error.message)).toEqual([
      'The header of column 2 holds a NUL character or half of a surrogate pair',
      'The header of column 3 is longer than 1000 characters',
    ]);
  });
});
