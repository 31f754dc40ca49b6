import { GENESIS_HASH, sealEvents, verifyChain, type ProposedEvent } from '@repaero/event-sourcing';

const actor = { id: 'u1', name: 'Alice', roles: ['storekeeper'] };
const proposed = (id: string, data: unknown): ProposedEvent => ({
  id,
  type: 'stock.PartRegistered',
  schemaVersion: 1,
  recordedAt: '2026-01-01T00:00:00.000Z',
  data,
  metadata: { actor, correlationId: 'c', causationId: 'c', source: 'api' },
});

describe('hash chain', () => {
  const sealed = sealEvents('part-1', 0, undefined, [proposed('a', { n: 1 }), proposed('b', { n: 2 })]).map(
    (event, index) => ({ ...event, globalPosition: index + 1 }),
  );

  it('links the first event to the genesis hash and each next one to its predecessor', () => {
    expect(sealed[0].prevHash).toBe(GENESIS_HASH);
    expect(sealed[1].prevHash).toBe(sealed[0].hash);
    expect(verifyChain(sealed)).toBeUndefined();
  });

  it('does not depend on key order in the payload', () => {
    const [reordered] = sealEvents('part-1', 0, undefined, [proposed('a', JSON.parse('{"n":1}'))]);
    expect(reordered.hash).toBe(sealed[0].hash);
  });

  it('names the first tampered event', () => {
    const tampered = [sealed[0], { ...sealed[1], data: { n: 3 } }];
    expect(verifyChain(tampered)).toEqual({ streamId: 'part-1', streamVersion: 2, problem: 'hash-mismatch' });
  });

  it('detects a removed event', () => {
    expect(verifyChain([sealed[1]])).toMatchObject({ streamVersion: 2, problem: 'version-gap' });
  });
});
