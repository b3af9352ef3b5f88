import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { argon2id, hash, verify, type HashOptions } from 'argon2';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';

/** argon2id with the configured cost; verifies hashes made with older costs too (the parameters are in the hash). */
@Injectable()
export class PasswordHasher implements OnApplicationBootstrap {
  private readonly options: HashOptions;
  private dummyHash?: Promise<string>;

  constructor(@InjectIdentityEnv() env: IdentityEnv) {
    this.options = {
      type: argon2id,
      memoryCost: env.ARGON2_MEMORY_KIB,
      timeCost: env.ARGON2_TIME_COST,
      parallelism: env.ARGON2_PARALLELISM,
    };
  }

  /** Computes the dummy hash before the first login, so that the first unknown user is not slower than the rest. */
  async onApplicationBootstrap(): Promise<void> {
    await this.fixedDummyHash();
  }

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  /** False for a wrong password and for a malformed hash. Without a hash, spends the same time and returns false. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await verify(passwordHash ?? (await this.fixedDummyHash()), password);
      return passwordHash !== null && matches;
    } catch {
      return false;
    }
  }

  // Lets a login for an unknown user cost as much as a wrong password, so timing does not reveal usernames.
  private fixedDummyHash(): Promise<string> {
    this.dummyHash ??= this.hash('no user has this password: it only makes the timing of an unknown user alike');
    return this.dummyHash;
  }
}
