import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

export interface OfficerRow {
  id: string;
  code: string;
  villageIds: string[];
  worksTo: string | null;
}

const COLUMNS = `id, code, village_ids::text[] as "villageIds", to_char(works_to, 'YYYY-MM-DD') as "worksTo"`;

/** Reads of the officers' copy (current ones only): one query each. */
@Injectable()
export class OfficerQueries {
  async byCodes(em: EntityManager, codes: readonly string[]): Promise<OfficerRow[]> {
    if (codes.length === 0) return [];
    return readRows(em, `select ${COLUMNS} from payment_officer where code = any(?::text[]) and not deleted`, [textArrayLiteral([...new Set(codes)])]);
  }

  async byIds(em: EntityManager, ids: readonly string[]): Promise<OfficerRow[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return readRows(em, `select ${COLUMNS} from payment_officer where id = any(?::uuid[]) and not deleted`, [uuidArrayLiteral(valid)]);
  }
}
