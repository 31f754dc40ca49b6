import pino from 'pino';
import type { RepaeroSystem } from '@repaero/bootstrap';

/**
 * What every command shares: output streams, the --verbose switch, and the system opened on first
 * use (so `--help` and `config` never touch a database) and closed once at the end.
 */
export class CliRuntime {
  verbose = false;
  private opened?: Promise<RepaeroSystem>;

  system(): Promise<RepaeroSystem> {
    this.opened ??= this.open();
    return this.opened;
  }

  private async open(): Promise<RepaeroSystem> {
    // Loaded here, not at the top: Nest, TypeORM and the drivers take seconds that `--help` should not wait for.
    const { loadConfigOrExit, openSystem } = await import('@repaero/bootstrap');
    const { createLogger } = await import('@repaero/platform');
    const config = loadConfigOrExit();
    // The system's logs go to stderr and stay quiet unless asked for: stdout belongs to the command's answer.
    const logger = createLogger({
      level: this.verbose ? config.logLevel : 'warn',
      destination: pino.destination({ fd: 2, sync: true }),
    }).child({ app: 'cli' });
    return openSystem(config, logger);
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (opened) await (await opened.catch(() => undefined))?.close();
  }

  out(text = ''): void {
    process.stdout.write(`${text}\n`);
  }

  err(text: string): void {
    process.stderr.write(`${text}\n`);
  }
}
