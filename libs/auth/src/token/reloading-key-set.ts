import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

export interface ReloadingKeySetOptions {
  /** Keys older than this are loaded again before use (so retired keys stop verifying); default 60 s. */
  maxAgeMs?: number;
  /** A token naming an unknown key loads the keys again at most this often; default 1 s. */
  cooldownMs?: number;
  now?: () => number;
}

/**
 * Public keys read from a source of the process's own (identity reads its signing-key table), kept for a
 * while, and read again when a token names a key not among them: a key another instance started signing
 * with is trusted without a restart. A failing load fails the verification (the keys are unavailable).
 */
export function reloadingKeySet(load: () => Promise<JSONWebKeySet>, options: ReloadingKeySetOptions = {}): JWTVerifyGetKey {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const cooldownMs = options.cooldownMs ?? 1_000;
  const now = options.now ?? Date.now;
  let keys: JWTVerifyGetKey | undefined;
  let loadedAt = 0;
  let loading: Promise<JWTVerifyGetKey> | undefined;

  const reload = (): Promise<JWTVerifyGetKey> => {
    loading ??= load()
      .then((jwks) => {
        keys = createLocalJWKSet(jwks);
        loadedAt = now();
        return keys;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };

  return async (header, token) => {
    const current = keys && now() - loadedAt < maxAgeMs ? keys : await reload();
    try {
      return await current(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || now() - loadedAt < cooldownMs) throw error;
      return (await reload())(header, token);
    }
  };
}
