import { Migration } from '@mikro-orm/migrations';
import { SYSTEM_ROLES } from '@imis/auth';
import { systemRoleId } from '../modules/user/domain/system-role-ids';

/** Seeds the 12 openIMIS system roles with fixed ids (SYSTEM_ROLE_IDS), as version 1 made by "system". */
export class Migration20261124090737_system_roles extends Migration {
  override async up(): Promise<void> {
    for (const role of SYSTEM_ROLES) {
      const rights = `{${[...new Set(role.rights)].sort((a, b) => a - b).join(',')}}`;
      this.addSql(
        this.getKnex().raw(
        `insert into "role" ("id", "created_at", "updated_at", "version", "valid_from", "changed_by", "name", "system_bits", "blocked", "rights")
         values (?, now(), now(), 1, now(), 'system', ?, ?, false, ?::int[]) on conflict ("id") do nothing;`,
        [systemRoleId(role.bit), role.name, role.bit, rights],
        ),
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "role" where "system_bits" <> 0 and "changed_by" = 'system' and "version" = 1;`);
  }
}
