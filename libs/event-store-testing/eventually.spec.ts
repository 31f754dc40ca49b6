import { eventually } from './eventually';

const QUICK = { timeoutMs: 20, intervalMs: 1 };

describe('eventually', () => {
  it('resolves with the first truthy value, after the falsy ones', async () => {
    const answers = [undefined, false, 0, '', null, { found: 3 }, { found: 4 }];
    let calls = 0;
    await expect(eventually('the third answer', () => answers[calls++], { timeoutMs: 10_000, intervalMs: 1 })).resolves.toEqual({ found: 3 });
    expect(calls).toBe(6);
  });

  it('awaits an async check', async () => {
    await expect(eventually('an async value', async () => 'ready', QUICK)).resolves.toBe('ready');
  });

  it('times out naming what it waited for and the last value seen', async () => {
    await expect(eventually('the alert', () => false, QUICK)).rejects.toThrow(/^timed out after 20 ms waiting for the alert \(last value: false\)$/);
    await expect(eventually('the rows', async () => (await Promise.resolve([] as string[]))[0], QUICK)).rejects.toThrow('(last value: undefined)');
  });

  it('surfaces the last error of a check that keeps throwing, as message and cause', async () => {
    let calls = 0;
    const failure = eventually(
      'the projection',
      () => {
        calls++;
        throw new Error(`not yet (${calls})`);
      },
      QUICK,
    );
    const error = await failure.then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toBe(`timed out after 20 ms waiting for the projection (last error: not yet (${calls}))`);
    expect((error?.cause as Error).message).toBe(`not yet (${calls})`);
  });

  it('resolves after a check that threw once', async () => {
    let calls = 0;
    const check = () => {
      if (calls++ === 0) throw new Error('read store busy');
      return 'read';
    };
    await expect(eventually('the read', check, { timeoutMs: 10_000, intervalMs: 1 })).resolves.toBe('read');
  });
});
