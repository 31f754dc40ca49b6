import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, CurrentUser, ReadsProjections, Roles, type AuthenticatedUser } from '@repaero/platform';
import { PartIssueHandler, type PartIssuedAnswer } from '../issue-part-to-task/part-issue.handler';
import { LabourHandler } from '../record-labour/labour.handler';
import { StartLabourRequest, StopLabourRequest } from '../record-labour/labour.request';
import { SignatureHandler } from '../sign-off-task/signature.handler';
import { SignOffTaskRequest } from '../sign-off-task/sign-off-task.request';
import { signatureDevice } from '../work-order-sender/signature-device';
import { ScanPartToTaskRequest } from './technician-app.request';

/**
 * The iPad's writes, for the technician linked to the signed-in user. Every one takes the device from `X-Device-Id`
 * (400 naming it when absent); the same handlers serve the desk routes under `/work-orders`.
 */
@ApiTags('production: technician app')
@ApiHeader({ name: 'X-Device-Id', required: true, description: 'The iPad' })
@Controller('api/v1/production/me/tasks/:workOrderId/:taskId')
export class TechnicianAppController {
  constructor(
    private readonly labour: LabourHandler,
    private readonly signatures: SignatureHandler,
    private readonly parts: PartIssueHandler,
  ) {}

  @Post('labour/start')
  @Roles('technician')
  @ReadsProjections('resources-technicians')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  start(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: StartLabourRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandAcceptedDto> {
    signatureDevice(metadata);
    return this.labour.start({ workOrderId, taskId, user, metadata }, body.startedAt);
  }

  @Post('labour/stop')
  @Roles('technician')
  @ReadsProjections('resources-technicians')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  stop(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: StopLabourRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandAcceptedDto> {
    signatureDevice(metadata);
    return this.labour.stop({ workOrderId, taskId, user, metadata }, body.stoppedAt);
  }

  @Post('sign-off')
  @Roles('technician')
  @ReadsProjections('resources-technicians')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  signOff(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: SignOffTaskRequest,
    @CurrentUser() user: AuthenticatedUser,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandAcceptedDto> {
    return this.signatures.signOff({ workOrderId, taskId, user, metadata }, body.performedAt);
  }

  /** The scanned item (stock label, serial, batch…) goes to the task through the stock contract; the scan is logged on the iPad's stream. */
  @Post('parts/scan')
  @Roles('technician')
  @ReadsProjections('stock-parts', 'stock-part-barcodes', 'stock-items')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  scanPart(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: ScanPartToTaskRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<PartIssuedAnswer> {
    const deviceId = signatureDevice(metadata);
    const { raw, aimId, quantity, locationCode } = body;
    return this.parts.issueScanned({ raw, deviceId, ...(aimId ? { aimId } : {}) }, { workOrderId, taskId, quantity: quantity ?? 1, ...(locationCode ? { locationCode } : {}), metadata });
  }
}
