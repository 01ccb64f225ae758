import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's second recommended profile (19 MiB, 2 passes). */
const PARAMETERS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

@Injectable()
export class PasswordHasher {
  /** A hash of a random password: verifying against it costs the same as a real one. */
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, PARAMETERS);
  }

  async verify(hashed: string | null, password: string): Promise<boolean> {
    if (!hashed) {
      // Spend the same time for unknown accounts, so timing does not tell which emails exist.
      this.dummyHash ??= this.hash('not-a-real-password-' + Math.random());
      await verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return verify(hashed, password).catch(() => false);
  }
}
