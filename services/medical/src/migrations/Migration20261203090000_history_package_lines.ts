import { Migration } from '@mikro-orm/migrations';

/**
 * Package lines of past service versions written before @imis/persistence kept jsonb properties as JSON
 * values in history: their JSON text becomes the array it spells (the reads expect an array).
 */
export class Migration20261203090000_history_package_lines extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "history" set "data" = jsonb_set("data", '{packageLines}', ("data" ->> 'packageLines')::jsonb)
      where "entity_type" = 'MedicalService' and jsonb_typeof("data" -> 'packageLines') = 'string';`);
  }
}
