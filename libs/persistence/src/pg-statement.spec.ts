import { pgStatement, PREPARED_STATEMENTS_MAX, PREPARED_VALUES_MAX } from './pg-statement';

const numberedPlaceholders = (sql: string) => pgStatement(sql, [1]).text;

describe('pgStatement placeholders', () => {
  it('numbers ? placeholders in order, as knex does', () => {
    expect(numberedPlaceholders('select * from t where a = ? and b = any(?::uuid[]) limit ?')).toBe('select * from t where a = $1 and b = any($2::uuid[]) limit $3');
  });

  it('keeps an escaped \\? as the jsonb operator', () => {
    expect(numberedPlaceholders("select * from t where data \\? 'key' and id = ?")).toBe("select * from t where data ? 'key' and id = $1");
  });

  it('answers the same text from its cache', () => {
    const sql = 'select ? as first, ? as second';
    expect(numberedPlaceholders(sql)).toBe('select $1 as first, $2 as second');
    expect(numberedPlaceholders(sql)).toBe('select $1 as first, $2 as second');
  });

  it('refuses knex identifier bindings', () => {
    expect(() => numberedPlaceholders('select ?? from t')).toThrow('`??`');
  });
});

describe('pgStatement', () => {
  it('names a statement with values after its text: the same name for the same text, another for another', () => {
    const first = pgStatement('select ? as a', [1]);
    expect(first).toEqual({ name: expect.stringMatching(/^imis_[\w-]{32}$/), text: 'select $1 as a', values: [1] });
    expect(pgStatement('select ? as a', [2])).toEqual({ name: first.name, text: 'select $1 as a', values: [2] });
    expect(pgStatement('select ? as b', [1]).name).not.toBe(first.name);
  });

  it('numbers a batch of more than PREPARED_VALUES_MAX values without naming it (its text grows with its rows)', () => {
    const rows = (count: number) => Array.from({ length: count }, () => '(?, ?)').join(', ');
    const batch = pgStatement(`insert into t (a, b) values ${rows(PREPARED_VALUES_MAX)}`, Array.from({ length: 2 * PREPARED_VALUES_MAX }, (_, index) => index));
    expect(batch.name).toBeUndefined();
    expect(batch.text).toMatch(/^insert into t \(a, b\) values \(\$1, \$2\), \(\$3, \$4\), .*\(\$127, \$128\)$/);
    expect(pgStatement(`insert into t (a, b) values ${rows(PREPARED_VALUES_MAX / 2)}`, Array.from({ length: PREPARED_VALUES_MAX }, (_, index) => index)).name).toMatch(/^imis_/);
  });

  it('sends a statement without values as it is, unnamed (its text may hold a literal ?)', () => {
    expect(pgStatement("select '?' as mark", [])).toEqual({ text: "select '?' as mark", values: [] });
  });

  it('stops naming new texts beyond PREPARED_STATEMENTS_MAX, and keeps the names it gave', () => {
    const kept = pgStatement('select ? as kept', [1]).name;
    const warning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    for (let index = 0; index < PREPARED_STATEMENTS_MAX; index += 1) pgStatement(`select ? as c${index}`, [index]);
    expect(pgStatement('select ? as beyond', [1])).toEqual({ text: 'select $1 as beyond', values: [1] });
    pgStatement('select ? as further', [1]);
    expect(warning).toHaveBeenCalledTimes(1);
    expect(String(warning.mock.calls[0][0])).toContain('further ones run unnamed');
    warning.mockRestore();
    expect(pgStatement('select ? as kept', [1]).name).toBe(kept);
  });
});
