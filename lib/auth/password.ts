import { hash, verify } from '@node-rs/argon2';

// argon2id with the library defaults (memory-hard, OWASP-recommended parameters).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A user without a password (not activated yet, or reset) matches nothing, after the same work. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await burnPasswordCheck(password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so timing does not reveal that.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('nadzor-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
