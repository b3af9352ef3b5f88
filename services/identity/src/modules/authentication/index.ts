// The authentication module's public face: what other modules of the service may import.
export { CredentialsModule } from './credentials.module';
export { PasswordCredentials } from './application/password-credentials';
