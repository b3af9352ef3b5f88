import { Migration } from '@mikro-orm/migrations';

/**
 * Trigram and unaccent extensions, and `imis_fold(text)`: lower case without accents, declared immutable
 * (unaccent with an explicit dictionary is) so that a generated column and its trigram index can use it.
 */
export class Migration20261124130000_search_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create extension if not exists unaccent;');
    this.addSql(
      `create or replace function imis_fold(value text) returns text language sql immutable parallel safe strict
       as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists imis_fold(text);');
  }
}
