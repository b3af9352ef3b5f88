import { AppUser } from './infrastructure/app-user.entity';
import { ClaimAdministrator } from './infrastructure/claim-administrator.entity';
import { EnrolmentOfficer } from './infrastructure/enrolment-officer.entity';
import { Role } from './infrastructure/role.entity';

/** Tables of users, roles, enrolment officers and claim administrators. */
export const userEntities: (new (...args: never[]) => object)[] = [AppUser, Role, EnrolmentOfficer, ClaimAdministrator];
