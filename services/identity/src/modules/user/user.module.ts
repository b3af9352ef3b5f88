import { Module } from '@nestjs/common';
import { AccessProfiles } from './application/access-profiles';
import { ClaimAdminQueries } from './application/claim-admin/claim-admin.queries';
import { CreateClaimAdministrator } from './application/claim-admin/create-claim-administrator.command';
import { DeleteClaimAdministrator } from './application/claim-admin/delete-claim-administrator.command';
import { UpdateClaimAdministrator } from './application/claim-admin/update-claim-administrator.command';
import { CreateEnrolmentOfficer } from './application/officer/create-enrolment-officer.command';
import { DeleteEnrolmentOfficer } from './application/officer/delete-enrolment-officer.command';
import { OfficerQueries } from './application/officer/officer.queries';
import { UpdateEnrolmentOfficer } from './application/officer/update-enrolment-officer.command';
import { CreateRole } from './application/role/create-role.command';
import { DeleteRole } from './application/role/delete-role.command';
import { DuplicateRole } from './application/role/duplicate-role.command';
import { RoleQueries } from './application/role/role.queries';
import { UpdateRole } from './application/role/update-role.command';
import { CreateUser } from './application/user/create-user.command';
import { DeleteUser } from './application/user/delete-user.command';
import { UpdateUser } from './application/user/update-user.command';
import { UserQueries } from './application/user/user.queries';
import { UserCredentials } from './application/user-credentials';
import { AdminCallers } from './api/admin-caller';
import { ClaimAdminResolver } from './api/claim-admin.resolver';
import { MeResolver } from './api/me.resolver';
import { OfficerResolver } from './api/officer.resolver';
import { RoleResolver } from './api/role.resolver';
import { UserResolver } from './api/user.resolver';

/** Users, roles, enrolment officers and claim administrators. */
@Module({
  providers: [
    UserCredentials,
    AccessProfiles,
    AdminCallers,
    UserQueries,
    CreateUser,
    UpdateUser,
    DeleteUser,
    UserResolver,
    RoleQueries,
    CreateRole,
    UpdateRole,
    DuplicateRole,
    DeleteRole,
    RoleResolver,
    OfficerQueries,
    CreateEnrolmentOfficer,
    UpdateEnrolmentOfficer,
    DeleteEnrolmentOfficer,
    OfficerResolver,
    ClaimAdminQueries,
    CreateClaimAdministrator,
    UpdateClaimAdministrator,
    DeleteClaimAdministrator,
    ClaimAdminResolver,
    MeResolver,
  ],
  exports: [
    UserCredentials,
    AccessProfiles,
    CreateUser,
    UpdateUser,
    DeleteUser,
    UserQueries,
    CreateRole,
    UpdateRole,
    DuplicateRole,
    DeleteRole,
    RoleQueries,
    CreateEnrolmentOfficer,
    UpdateEnrolmentOfficer,
    DeleteEnrolmentOfficer,
    OfficerQueries,
    CreateClaimAdministrator,
    UpdateClaimAdministrator,
    DeleteClaimAdministrator,
    ClaimAdminQueries,
  ],
})
export class UserModule {}
