/** Tables of credentials, refresh tokens, login attempts and signing keys. */
export const authenticationEntities: (new (...args: never[]) => object)[] = [];
