import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, CommandContext, Roles } from '@repaero/platform';
import { WORK_ORDERS_ROUTE } from '../work-order-sender/work-order-fields';
import { IssuePartToTaskRequest } from './issue-part-to-task.request';
import { PartIssueHandler, type PartIssuedAnswer } from './part-issue.handler';

@ApiTags('production: work orders')
@Controller(WORK_ORDERS_ROUTE)
export class IssuePartToTaskController {
  constructor(private readonly parts: PartIssueHandler) {}

  /** DOMAIN rules 3–5 and 9: stock issues a serviceable, in-date item; the task records its P/N, S/N or batch and certificate. */
  @Post(':workOrderId/tasks/:taskId/part-issues')
  @Roles('technician', 'storekeeper', 'quality')
  @ApiCreatedResponse({ type: CommandAcceptedDto })
  issue(
    @Param('workOrderId', new ParseUUIDPipe()) workOrderId: string,
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: IssuePartToTaskRequest,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<PartIssuedAnswer> {
    const { itemId, locationCode, requestId, attemptId } = body;
    return this.parts.issue({ workOrderId, taskId, itemId, ...(locationCode ? { locationCode } : {}), quantity: body.quantity ?? 1, ...(requestId ? { requestId } : {}), ...(attemptId ? { attemptId } : {}), metadata });
  }
}
