import { Controller, Get, Inject, Optional, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound, type Clock } from '@repaero/event-sourcing';
import { APP_CONFIG, CLOCK, Roles, type AppConfig } from '@repaero/platform';
import { STAFF_QUALIFICATIONS, type StaffQualifications } from '../../../resources/contracts/staff-qualifications';
import { WorkOrderReader } from '../../commands/work-order-sender/work-order.reader';
import { renderCertificateOfRelease } from '../../printing/certificate-of-release.renderer';
import { renderFormOne } from '../../printing/form-one.renderer';
import { renderJobCard } from '../../printing/job-card.renderer';
import { assignedTechnicians, certificateOfReleaseView, formOneView, jobCardView } from './work-order-documents.mapping';

const pdf = (bytes: Buffer, filename: string) => new StreamableFile(bytes, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: bytes.length });

/** The printed documents, from the work order's stream folded now (authoritative: no projection lag on a signed paper). */
@ApiTags('production: release')
@Controller('api/v1/production/work-orders/:workOrderId')
export class WorkOrderDocumentsQueryController {
  constructor(
    private readonly reader: WorkOrderReader,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'organisation'>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(STAFF_QUALIFICATIONS) private readonly staff?: StaffQualifications,
  ) {}

  @Get('job-card.pdf')
  @Roles('technician', 'team-lead', 'quality')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The job card: tasks, parts, tools, measurements, defects, signature blocks, a barcode of the number' })
  async jobCard(@Param('workOrderId', new ParseUUIDPipe()) workOrderId: string): Promise<StreamableFile> {
    const events = await this.reader.events(workOrderId);
    // With the resources context off, the job card still prints: unsigned assignees by their id.
    const directory = this.staff ? await this.staff.namesOf(assignedTechnicians(events)) : undefined;
    const view = jobCardView(events, this.config.organisation, this.clock.now().toISOString(), directory);
    if (!view) throw new NotFound('work order', workOrderId);
    return pdf(await renderJobCard(view), `${view.workOrderNumber}-job-card.pdf`);
  }

  @Get('crs.pdf')
  @Roles('technician', 'team-lead', 'quality')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The latest certificate of release to service, as issued, with its amendments and cancellation beneath' })
  async crs(@Param('workOrderId', new ParseUUIDPipe()) workOrderId: string): Promise<StreamableFile> {
    const view = certificateOfReleaseView(await this.reader.events(workOrderId), this.config.organisation, this.clock.now().toISOString());
    if (!view) throw new NotFound('certificate of release to service of work order', workOrderId);
    return pdf(await renderCertificateOfRelease(view), `${view.workOrderNumber}-crs.pdf`);
  }

  @Get('form1.pdf')
  @Roles('technician', 'team-lead', 'quality')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The EASA Form 1 of a component release' })
  async form1(@Param('workOrderId', new ParseUUIDPipe()) workOrderId: string): Promise<StreamableFile> {
    const view = formOneView(await this.reader.events(workOrderId), this.clock.now().toISOString());
    if (!view) throw new NotFound('EASA Form 1 of work order', workOrderId);
    return pdf(await renderFormOne(view), `${view.workOrderNumber}-form1.pdf`);
  }
}
