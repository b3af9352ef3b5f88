import type { DomainError } from '@imis/kernel';
import type { SessionTokens } from './session-tokens';

/** Tokens of a new or refreshed session, or why there are none. */
export type AuthenticationResult = { readonly tokens: SessionTokens; readonly errors: [] } | { readonly tokens?: undefined; readonly errors: DomainError[] };

export const authenticated = (tokens: SessionTokens): AuthenticationResult => ({ tokens, errors: [] });
export const notAuthenticated = (error: DomainError): AuthenticationResult => ({ errors: [error] });
