import { Inject, Injectable } from '@nestjs/common';
import type { Clock, CommandMetadata } from '@repaero/event-sourcing';
import { CLOCK, CommandAcceptedDto } from '@repaero/platform';
import type { ScanPurpose } from '../../domain/scan-log/events';
import { scanRefused } from '../../domain/scan-log/scan-rules';
import { parseScan, type ScanInput } from '../../domain/scanning/scan-input';
import { scanLogs } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { ScanResolver, type ScanResolved } from './scan-resolver';

/** What a client learns of a scan: how it was read, and what the stock records matched it to. */
export type ScanSummary = Pick<ScanInput, 'scheme' | 'aimId' | 'fields' | 'unmapped'>;

export interface ScanReading {
  readonly scan: ScanInput;
  readonly resolved: ScanResolved;
}

export interface RecordedScan extends ScanReading {
  /** The `stock.ItemScanned` append on the device's stream. */
  readonly recorded: CommandAcceptedDto;
}

export interface ScanToRead {
  readonly raw: string;
  readonly deviceId: string;
  readonly purpose: ScanPurpose;
  readonly aimId?: string;
}

/**
 * The one way in for a scan, whatever the workflow: parse it (a refusal is the 422 naming the fault),
 * resolve it against the stock records (ScanResolver), and log it on the device's stream for the audit.
 * Identify, receive-, issue- and count-by-scan all go through here; only what they do next differs.
 */
@Injectable()
export class ScanIntake {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly resolver: ScanResolver,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Parses and resolves without logging anything. */
  async read({ raw, aimId }: Pick<ScanToRead, 'raw' | 'aimId'>): Promise<ScanReading> {
    const parsed = parseScan(raw, { aimId, referenceYear: this.clock.now().getUTCFullYear() });
    if (!parsed.ok) throw scanRefused(parsed);
    const resolved = await this.resolver.resolve(parsed.scan.fields);
    return { scan: parsed.scan, resolved };
  }

  /** Parses, resolves and logs the scan; the caller then acts on what it resolved to. */
  async record(input: ScanToRead, metadata: CommandMetadata): Promise<RecordedScan> {
    const { scan, resolved } = await this.read(input);
    const ids = { partId: resolved.part?.partId, itemId: resolved.item?.itemId, locationCode: resolved.locationCode ?? undefined };
    const recorded = await this.commands.send(scanLogs, 'RecordScan', input.deviceId, { purpose: input.purpose, scan, resolved: ids }, metadata);
    return { scan, resolved, recorded };
  }
}

export function summaryOfScan(scan: ScanInput): ScanSummary {
  return { scheme: scan.scheme, aimId: scan.aimId, fields: scan.fields, unmapped: scan.unmapped };
}
