// The user module's public face: what other modules of the service may import.
export { UserModule } from './user.module';
export { AccessProfiles } from './application/access-profiles';
export type { AccessProfile } from './application/access-profiles';
export { foldedUsername } from './infrastructure/user.indexes';
