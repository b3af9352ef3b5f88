import type { UserState } from '@imis/contracts';
import type { AppUser } from '../../infrastructure/app-user.entity';

/** What user events carry: never any password data (there is none on the entity). */
export function userState(user: AppUser): UserState {
  const { id, username, lastName, otherNames, roleIds, districtIds, activeFrom, activeTo, version } = user;
  return { id, username, lastName, otherNames, roleIds, districtIds, activeFrom, activeTo, version };
}
