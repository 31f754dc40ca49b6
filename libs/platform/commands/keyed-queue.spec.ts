import { KeyedQueue } from './keyed-queue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('KeyedQueue', () => {
  it('runs tasks of one key in order, one at a time', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = queue.run('part-1', async () => {
      log.push('first:start');
      await gate.promise;
      log.push('first:end');
    });
    const second = queue.run('part-1', async () => {
      log.push('second');
    });
    await Promise.resolve();
    expect(log).toEqual(['first:start']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['first:start', 'first:end', 'second']);
  });

  it('does not hold other keys back', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const blocked = queue.run('part-1', () => gate.promise);
    await expect(queue.run('part-2', async () => 'done')).resolves.toBe('done');
    gate.resolve();
    await blocked;
  });

  it('goes on after a failing task and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    await expect(queue.run('part-1', async () => Promise.reject(new Error('rule broken')))).rejects.toThrow('rule broken');
    await expect(queue.run('part-1', async () => 42)).resolves.toBe(42);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.pendingKeys).toBe(0);
  });
});
