import { createHash } from 'node:crypto';
import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { businessDateOf, handleCommand, type Clock, type CommandMetadata, type PipelineDependencies } from '@repaero/event-sourcing';
import { queueOutboxMessage } from '@repaero/outbox';
import type { ActiveReadModels } from '@repaero/projections';
import { DailyJob, derivedEventIds, deterministicId, type DailyJobLease, type DailyJobStatus } from '@repaero/reactors';
import type { Expiry, ExpiryKind } from '../domain/expiry';
import { expiriesAsOf } from '../queries/expiries/expiry-watch';
import { techniciansProjection } from '../queries/technicians/technicians.projection';
import { toolsProjection } from '../queries/tools/tools.projection';

/** Its lease and its last day done in the read store. */
export const EXPIRY_WATCH_JOB = 'resources.expiry-watch';

export interface ExpiryWatchSchedulerOptions {
  /** The command pipeline (store, upcasters…); its clock and ids are replaced by the scheduler's. */
  readonly pipeline: PipelineDependencies;
  readonly readModels: ActiveReadModels;
  readonly clock: Clock;
  /** REPAERO_EXPIRY_WARNING_DAYS */
  readonly warningDays: number;
  /** REPAERO_SHELF_LIFE_HOUR: the Europe/Paris hour of the daily run. */
  readonly hour: number;
  /** REPAERO_QUALITY_ALERT_EMAILS */
  readonly recipients: readonly string[];
  /** Resolves once the named read models have caught up with the store; none: read as is. */
  readonly catchUp?: (projections: readonly string[]) => Promise<void>;
  readonly logger?: { info(message: string, details?: object): void; error(message: string, details?: object): void };
  /** Where the projectors' read store is shared: one process runs each day, and a done day is not run again. */
  readonly lease?: DailyJobLease;
}

export interface ExpiryWatchRun {
  readonly day: string;
  /** Messages queued: entering the warning window, or lapsed. */
  readonly warned: number;
  readonly lapsed: number;
  /** Already queued on an earlier run. */
  readonly unchanged: number;
  readonly failed: number;
}

type Stage = 'warning' | 'lapsed';

const KIND_LABELS: Record<ExpiryKind, string> = {
  'part66-licence': 'licence Part-66',
  authorisation: "autorisation d'approbation",
  'continuation-training': 'formation continue',
  'recent-experience': 'expérience récente (6 mois sur 24)',
  'tool-calibration': 'étalonnage',
};

/**
 * `resources-expiry|<subject type>|<subject id>|<kind>|<due date>|<stage>|<hash of ref and recipient>`: one message each, ever.
 * The ref and the address are hashed to fit the outbox's 200-character key; the row names the recipient anyway.
 */
export function expiryDedupeKey(expiry: Expiry, stage: Stage, recipient: string): string {
  const refAndRecipient = createHash('sha256').update(`${expiry.ref ?? ''}\u0000${recipient}`).digest('hex').slice(0, 16);
  return ['resources-expiry', expiry.subject.type, expiry.subject.id, expiry.kind, expiry.dueOn ?? 'never', stage, refAndRecipient].join('|');
}

function message(expiry: Expiry, stage: Stage): { subject: string; text: string } {
  const what = `${KIND_LABELS[expiry.kind]}${expiry.ref ? ` ${expiry.ref}` : ''} — ${expiry.subject.name} (${expiry.subject.id})`;
  const when =
    expiry.dueOn === null ? 'jamais valide' : stage === 'lapsed' ? `échue depuis le ${expiry.dueOn}` : `valide jusqu'au ${expiry.dueOn} (${expiry.daysLeft ?? 0} j)`;
  return { subject: `[Rep'Aero] ${stage === 'lapsed' ? 'Échue' : 'Échéance'} : ${what}`.slice(0, 200), text: `${what}\n${when}\nRègle concernée : ${expiry.rule}` };
}

/**
 * The daily resources expiry watch (DOMAIN rules 10 and 13): e-mails quality (through the outbox) when a
 * licence, authorisation, continuation training, recency or tool calibration enters the warning window,
 * and once more when it lapses. A message's id derives from its dedupe key (subject, kind, ref, due date,
 * stage, recipient) and the outbox ignores a message queued again, so re-runs and a second process send nothing twice;
 * a renewal moves the due date, which is a new thing to watch.
 */
export class ExpiryWatchScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job: DailyJob;

  constructor(private readonly options: ExpiryWatchSchedulerOptions) {
    this.job = new DailyJob({
      name: EXPIRY_WATCH_JOB,
      clock: options.clock,
      hour: options.hour,
      run: () => this.run(),
      onError: (error) => options.logger?.error('expiry watch run failed', { error: error instanceof Error ? error.message : String(error) }),
      lease: options.lease,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.job.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async stop(): Promise<void> {
    await this.job.stop();
  }

  status(): Promise<DailyJobStatus> {
    return this.job.status();
  }

  /** One pass, as of the clock's Paris day. */
  async run(): Promise<ExpiryWatchRun> {
    const { clock, warningDays, readModels, recipients, catchUp, logger } = this.options;
    const at = clock.now().toISOString();
    const day = businessDateOf(at);
    const outcome = { day, warned: 0, lapsed: 0, unchanged: 0, failed: 0 };
    if (recipients.length === 0) return outcome;
    if (catchUp) await catchUp([techniciansProjection.name, toolsProjection.name]);
    for (const expiry of await expiriesAsOf(readModels, day, warningDays)) {
      const stage: Stage = expiry.lapsed ? 'lapsed' : 'warning';
      for (const recipient of recipients) {
        try {
          if ((await this.queue(expiry, stage, recipient, at)) === 0) outcome.unchanged++;
          else if (stage === 'lapsed') outcome.lapsed++;
          else outcome.warned++;
        } catch (error) {
          // One message refused does not stop the others; tomorrow's run tries it again.
          outcome.failed++;
          logger?.error('expiry notification failed', { subject: expiry.subject.id, kind: expiry.kind, error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    logger?.info('expiry watch run', outcome);
    return outcome;
  }

  private async queue(expiry: Expiry, stage: Stage, recipient: string, at: string): Promise<number> {
    const dedupeKey = expiryDedupeKey(expiry, stage, recipient);
    const runId = deterministicId(`resources-expiry|${businessDateOf(at)}`, 'run');
    const metadata: CommandMetadata = {
      actor: { id: 'scheduler:resources-expiry', name: 'resources-expiry', roles: [] },
      correlationId: runId,
      causationId: runId,
      source: 'scheduler',
    };
    const request = queueOutboxMessage({ messageId: deterministicId(dedupeKey, 'resources-expiry'), channel: 'email', recipient, payload: message(expiry, stage), dedupeKey, queuedAt: at });
    const { pipeline, clock } = this.options;
    const outcome = await handleCommand({ ...pipeline, clock, ids: derivedEventIds(at, dedupeKey) }, { ...request, metadata });
    return outcome.events.length;
  }
}
