import { hostname, userInfo } from 'node:os';
import { uuidV7Ids } from '@repaero/event-sourcing';
import type { CommandMetadata } from '@repaero/event-sourcing';

function osUsername(): string {
  try {
    return userInfo().username;
  } catch {
    // containers may run under a uid without a passwd entry
    return process.env.USER ?? process.env.LOGNAME ?? `uid${process.getuid?.() ?? 'unknown'}`;
  }
}

/** Who acts from the command line: the OS user, with the authority of whoever can reach the stores. */
export function cliMetadata(reason?: string): CommandMetadata {
  const id = `cli:${osUsername()}`;
  return {
    actor: { id, name: id, roles: ['admin'] },
    correlationId: uuidV7Ids.next(),
    source: 'cli',
    device: hostname(),
    ...(reason?.trim() ? { reason: reason.trim() } : {}),
  };
}
