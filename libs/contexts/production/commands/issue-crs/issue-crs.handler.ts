import { Inject, Injectable } from '@nestjs/common';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { AggregateCommandSender, APP_CONFIG, CommandAcceptedDto, ID_GENERATOR, type AppConfig, type AuthenticatedUser } from '@repaero/platform';
import { form1SequenceName, formatSequenceNumber } from '../../domain/sequence/sequence-stream';
import type { Form1Request, WorkOrderCommand } from '../../domain/work-order/commands';
import { workOrderDecider } from '../../domain/work-order/work-order.decider';
import type { ExistingWorkOrder } from '../../domain/work-order/work-order-state';
import { RELEASE_WORDING } from '../../printing/release-wording';
import { SequenceNumbers } from '../work-order-sender/sequence-numbers';
import { signatureDevice } from '../work-order-sender/signature-device';
import { WorkOrderFacts } from '../work-order-sender/work-order-facts.lookup';
import { WorkOrderReader } from '../work-order-sender/work-order.reader';
import { workOrders } from '../work-order-sender/work-orders';
import type { IssueCrsRequest } from './issue-crs.request';

type IssueCrs = Extract<WorkOrderCommand, { type: 'IssueCertificateOfReleaseToService' }>;
export type CrsIssued = CommandAcceptedDto & { certificateId: string; form1TrackingNumber?: string };

/** Each Form 1 of a work order has its own allocation key: the first one the work order id, a re-release after a cancelled CRS the next. */
function form1AllocationKey(workOrder: ExistingWorkOrder): string {
  const earlier = workOrder.certificates.filter((certificate) => certificate.form1).length;
  return earlier === 0 ? workOrder.workOrderId : `${workOrder.workOrderId}/${earlier + 1}`;
}

/**
 * DOMAIN rules 12–14 and 16. The facts (certifying staff on the CRS date, overdue ADs, wording, organisation) are looked
 * up first; the decider is then asked on a placeholder tracking number, so a refused CRS never takes a Form 1 number;
 * the number is allocated to the work order before the CRS append, so a retry reuses it: no gap, no duplicate.
 */
@Injectable()
export class IssueCrsHandler {
  constructor(
    private readonly commands: AggregateCommandSender,
    private readonly reader: WorkOrderReader,
    private readonly facts: WorkOrderFacts,
    private readonly numbers: SequenceNumbers,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'organisation'>,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async issue(workOrderId: string, body: IssueCrsRequest, user: AuthenticatedUser, metadata: CommandMetadata, expectedVersion?: number): Promise<CrsIssued> {
    const deviceId = signatureDevice(metadata);
    const signer = await this.facts.technicianOf(user);
    const workOrder = await this.reader.workOrder(workOrderId);
    const issuedOn = body.issuedOn ?? this.facts.today();
    const [certification, overdueAirworthinessDirectives] = await Promise.all([
      this.facts.certification(signer.technicianId, workOrder, issuedOn),
      this.facts.overdueDirectives(workOrder.subject, issuedOn),
    ]);
    const { organisation } = this.config;
    const certificateId = this.ids.next();
    const intent = {
      certificateId,
      signer,
      certification,
      issuedOn,
      overdueAirworthinessDirectives,
      wording: { regulation: organisation.releaseWording, text: RELEASE_WORDING[organisation.releaseWording].crsStatement },
      deviceId,
      by: metadata.actor.id,
    };
    const form1 = (trackingNumber: string): Form1Request | undefined =>
      body.form1 && {
        competentAuthority: organisation.competentAuthority,
        trackingNumber,
        organisationName: organisation.name,
        organisationAddress: organisation.address.join(', '),
        approvalRef: organisation.approvalRef,
        status: body.form1.status,
        remarks: body.form1.remarks,
        ...(body.form1.quantity !== undefined ? { quantity: body.form1.quantity } : {}),
        ...(body.form1.description ? { description: body.form1.description } : {}),
      };
    const dryRun: IssueCrs = { type: 'IssueCertificateOfReleaseToService', workOrderId, at: this.facts.now(), ...intent, ...(body.form1 ? { form1: form1('(to be allocated)') } : {}) };
    workOrderDecider.decide(dryRun, workOrder);

    let trackingNumber: string | undefined;
    if (body.form1 && workOrder.subject.kind === 'component') {
      const year = Number(issuedOn.slice(0, 4));
      trackingNumber = formatSequenceNumber(organisation.form1Prefix, year, await this.numbers.allocate(form1SequenceName(year), form1AllocationKey(workOrder), metadata));
    }
    const request = trackingNumber ? form1(trackingNumber) : undefined;
    const accepted = await this.commands.send(workOrders, 'IssueCertificateOfReleaseToService', workOrderId, { ...intent, ...(request ? { form1: request } : {}) }, metadata, expectedVersion);
    return { ...accepted, certificateId, ...(trackingNumber ? { form1TrackingNumber: trackingNumber } : {}) };
  }
}
