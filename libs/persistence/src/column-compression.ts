/**
 * SQL giving a column lz4 compression where this PostgreSQL was built with lz4 (elsewhere the default, pglz, stays):
 * it compresses and decompresses several times faster than pglz for a similar size, which counts for values of a few
 * kilobytes written and read at high rates. Applies to values written afterwards; can run again.
 */
export function lz4CompressionSql(table: string, column: string): string {
  return `do $$ begin
  alter table "${table}" alter column "${column}" set compression lz4;
exception when feature_not_supported then null;
end $$;`;
}

/** SQL giving a column back the server's default compression. */
export function defaultCompressionSql(table: string, column: string): string {
  return `alter table "${table}" alter column "${column}" set compression default;`;
}
