import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { isDeadLocalOwner } from './lease.store';

describe('isDeadLocalOwner', () => {
  it('recognises a lease held by a process of this host that has exited', () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(isDeadLocalOwner(`${hostname()}:${exited}:abcd1234`)).toBe(true);
  });

  it('leaves alone a live process, this process and other hosts', () => {
    expect(isDeadLocalOwner(`${hostname()}:${process.ppid}:abcd1234`)).toBe(false);
    expect(isDeadLocalOwner(`${hostname()}:${process.pid}:abcd1234`)).toBe(false);
    expect(isDeadLocalOwner(`another-host:1:abcd1234`)).toBe(false);
  });
});
