// The authentication module's public face: what the service's root modules (and tests) use. No other
// module imports it: user administration reaches passwords and sessions through the user module's
// UserCredentials port, which this module fills.
export { AuthenticationModule } from './authentication.module';
export { authenticationEntities } from './authentication.entities';
export { identityTokenVerifier } from './infrastructure/identity-token-verifier';
export { LoginRedis } from './infrastructure/login-redis';
