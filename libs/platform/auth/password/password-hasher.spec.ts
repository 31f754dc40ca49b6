import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword, type ScryptParameters } from './password-hasher';

const FAST: ScryptParameters = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple', FAST);
    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', hash)).resolves.toBe(false);
  });

  it('stores the parameters and a salt, never the password', async () => {
    const hash = await hashPassword('s3cret-password', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain('s3cret');
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same', FAST)).not.toBe(await hashPassword('same', FAST));
  });

  it('verifies with the parameters stored in the hash', async () => {
    const hash = await hashPassword('pw', { N: 2048, r: 4, p: 2 });
    await expect(verifyPassword('pw', hash)).resolves.toBe(true);
  });

  it('treats unicode normalisation forms as the same password', async () => {
    const hash = await hashPassword('caf\u00e9', FAST);
    await expect(verifyPassword('cafe\u0301', hash)).resolves.toBe(true);
  });

  it.each(['', 'plain', 'scrypt$1000$8$1$c2FsdA$a2V5a2V5a2V5a2V5a2V5', 'bcrypt$1$2$3$4$5', 'scrypt$1024$8$1$$'])(
    'rejects the malformed hash %j without throwing',
    async (hash) => {
      await expect(verifyPassword('pw', hash)).resolves.toBe(false);
    },
  );

  it('tells when a hash was made with weaker parameters', async () => {
    const hash = await hashPassword('pw', FAST);
    expect(needsRehash(hash)).toBe(true);
    expect(needsRehash(hash, FAST)).toBe(false);
  });

  it('answers false for the dummy check used on unknown users', async () => {
    await expect(verifyAgainstDummy('anything')).resolves.toBe(false);
  });
});
