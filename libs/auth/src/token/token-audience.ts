/** Who issues access tokens and for whom; every verifier checks both. */
export interface TokenAudience {
  readonly issuer: string;
  readonly audience: string;
}

export const DEFAULT_TOKEN_AUDIENCE: TokenAudience = { issuer: 'imis-identity', audience: 'imis' };
