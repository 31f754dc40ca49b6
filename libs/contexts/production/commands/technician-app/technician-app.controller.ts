import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, ReadsProjections, Roles } from '@repaero/platform';
import { PartIssueHandler, type PartIssuedAnswer } from '../issue-part-to-task/part-issue.handler';
import { LabourHandler } from '../record-labour/labour.handler';
import { StartLabourRequest, StopLabourRequest } from '../record-labour/labour.request';
import { SignatureHandler } from '../sign-off-task/signature.handler';
import { SignOffTaskRequest } from '../sign-off-task/sign-off-task.request';
import { signatureDevice } from '../work-order-sender/signature-device';
import { OnTask, TaskWrite, type TaskAction } from '../work-order-sender/task-action';
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
  @TaskWrite('technician')
  start(@OnTask('ipad') task: TaskAction, @Body() body: StartLabourRequest): Promise<CommandAcceptedDto> {
    return this.labour.start(task, body.startedAt);
  }

  @Post('labour/stop')
  @TaskWrite('technician')
  stop(@OnTask('ipad') task: TaskAction, @Body() body: StopLabourRequest): Promise<CommandAcceptedDto> {
    return this.labour.stop(task, body.stoppedAt);
  }

  @Post('sign-off')
  @TaskWrite('technician')
  signOff(@OnTask('ipad') task: TaskAction, @Body() body: SignOffTaskRequest): Promise<CommandAcceptedDto> {
    return this.signatures.signOff(task, body.performedAt);
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
