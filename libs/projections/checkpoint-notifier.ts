import { EventEmitter } from 'node:events';

/** In-process shortcut: waiters wake as soon as a local runner commits instead of at the next poll. */
export class CheckpointNotifier {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  notify(projection: string, checkpoint: number): void {
    this.emitter.emit('checkpoint', projection, checkpoint);
  }

  /** Resolves at the next commit of any local runner, or after `ms`. */
  next(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off('checkpoint', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.on('checkpoint', done);
    });
  }
}
