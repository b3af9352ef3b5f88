import { Credential } from './infrastructure/credential.entity';
import { LoginThrottle } from './infrastructure/login-throttle.entity';
import { RefreshToken } from './infrastructure/refresh-token.entity';
import { SigningKey } from './infrastructure/signing-key.entity';

/** Tables of credentials, refresh tokens, login attempts and signing keys. */
export const authenticationEntities: (new (...args: never[]) => object)[] = [Credential, RefreshToken, LoginThrottle, SigningKey];
