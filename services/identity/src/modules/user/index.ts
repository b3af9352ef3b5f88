// The user module's public face: what other modules of the service may import.
export { UserModule } from './user.module';
export { FirstBootModule } from './first-boot.module';
export { AccessProfiles } from './application/access-profiles';
export type { AccessProfile } from './application/access-profiles';
export { UserCredentials } from './application/user-credentials';
export type { CredentialStore } from './application/user-credentials';
export { foldedUsername } from './infrastructure/user.indexes';
export { userEntities } from './user.entities';
