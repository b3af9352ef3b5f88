import { Context, Field, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRights, rightsPassed, type RequestUser } from '@imis/auth';
import { type EntityReference, type GraphQLContext, locationReferenceTypes, referencesTo } from '@imis/graphql';
import { AccessProfiles } from '../application/access-profiles';
import { RoleQueries } from '../application/role/role.queries';
import { UserQueries } from '../application/user/user.queries';
import { roleLoader } from './role.loader';
import { toRoleModel } from './role.mapper';
import { RoleModel } from './role.models';

const { LocationReference } = locationReferenceTypes();

@ObjectType('Me', { description: 'The signed-in user: who it is and what it may do, as the server sees it now.' })
export class MeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field(() => String, { nullable: true, description: 'null for a token whose user is not (or no longer) current' })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  otherNames!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => [Int], { description: 'Right codes it passes: those of its current, non-blocked roles; for an administrator, every right of the catalogue' })
  rights!: number[];

  @Field({ description: 'Holds the IMIS Administrator role: every right, everywhere' })
  isAdministrator!: boolean;

  @Field(() => [ID], { description: 'Base districts of its scope (own, and its claim administrator facility district)' })
  districtIds!: string[];

  @Field(() => [ID], { description: 'Villages of its scope (as enrolment officer)' })
  villageIds!: string[];

  @Field(() => [RoleModel])
  roles!: RoleModel[];
}

@Resolver(() => MeModel)
export class MeResolver {
  constructor(
    private readonly profiles: AccessProfiles,
    private readonly users: UserQueries,
    private readonly roleQueries: RoleQueries,
  ) {}

  /** Any signed-in user may read itself: no right needed. */
  @RequireRights()
  @Query(() => MeModel, { description: 'The signed-in user, with its current rights and scope' })
  async me(@CurrentUser() caller: RequestUser, @Context() context: GraphQLContext): Promise<MeModel> {
    const [profile, user] = await Promise.all([this.profiles.byUserId(caller.id), this.users.byId(caller.id, { everywhere: true })]);
    // A token outlives changes: prefer what the database says now, else what the token says.
    const claims = profile?.claims ?? {
      sub: caller.id,
      username: caller.username,
      admin: caller.isAdministrator,
      rights: [...caller.rights].sort((a, b) => a - b),
      scope: caller.scope,
    };
    const roles = user ? await Promise.all(user.roleIds.map((id) => roleLoader(context, this.roleQueries).load(id))) : [];
    return {
      id: caller.id,
      username: profile?.username ?? caller.username,
      lastName: user?.lastName ?? null,
      otherNames: user?.otherNames ?? null,
      email: user?.email ?? null,
      phone: user?.phone ?? null,
      language: user?.language ?? null,
      rights: rightsPassed(claims.admin, claims.rights),
      isAdministrator: claims.admin,
      districtIds: claims.scope.everywhere ? [] : claims.scope.districtIds,
      villageIds: claims.scope.everywhere ? [] : claims.scope.villageIds,
      roles: roles.filter((role) => role !== null).map(toRoleModel),
    };
  }

  @ResolveField(() => [LocationReference], { nullable: 'items', description: 'Base districts of its scope (from the location service; null once deleted)' })
  districts(@Parent() me: MeModel): EntityReference[] {
    return referencesTo(me.districtIds);
  }

  @ResolveField(() => [LocationReference], { nullable: 'items', description: 'Villages of its scope (from the location service; null once deleted)' })
  villages(@Parent() me: MeModel): EntityReference[] {
    return referencesTo(me.villageIds);
  }
}
