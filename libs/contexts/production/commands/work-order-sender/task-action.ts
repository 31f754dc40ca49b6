import { applyDecorators, createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { ApiCreatedResponse } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import type { CommandMetadata } from '@repaero/event-sourcing';
import { CommandAcceptedDto, commandMetadataOf, ifMatchVersionOf, ReadsProjections, RequestValidationFailed, Roles, userOf, type AuthenticatedUser, type Role } from '@repaero/platform';
import { signatureDevice } from './signature-device';

/** A write on a task by the technician linked to the signed-in user: labour, sign-off, inspection. */
export interface TaskAction {
  readonly workOrderId: string;
  readonly taskId: string;
  readonly user: AuthenticatedUser;
  readonly metadata: CommandMetadata;
  readonly expectedVersion?: number;
}

/** `desk`: the `/work-orders` routes (If-Match honoured); `ipad`: the technician app (X-Device-Id required, no If-Match). */
export type TaskActionSource = 'desk' | 'ipad';

function uuidParam(request: Request, field: 'workOrderId' | 'taskId'): string {
  const value = request.params[field];
  if (typeof value === 'string' && isUUID(value)) return value;
  throw new RequestValidationFailed([{ field, message: `${field} must be a UUID` }]);
}

/** The route's `:workOrderId` and `:taskId`, the signed-in user, the command metadata and, from the desk, If-Match. */
export const OnTask = createParamDecorator((source: TaskActionSource = 'desk', context: ExecutionContext): TaskAction => {
  const request = context.switchToHttp().getRequest<Request>();
  const user = userOf(request);
  if (!user) throw new UnauthorizedException('A bearer token is required');
  const metadata = commandMetadataOf(request);
  const action = { workOrderId: uuidParam(request, 'workOrderId'), taskId: uuidParam(request, 'taskId'), user, metadata };
  if (source === 'ipad') {
    signatureDevice(metadata);
    return action;
  }
  const expectedVersion = ifMatchVersionOf(request);
  return expectedVersion === undefined ? action : { ...action, expectedVersion };
});

/** A task write answered with the command's acceptance; the signer is looked up in the resources technicians read model. */
export const TaskWrite = (...roles: Role[]) => applyDecorators(Roles(...roles), ReadsProjections('resources-technicians'), ApiCreatedResponse({ type: CommandAcceptedDto }));
