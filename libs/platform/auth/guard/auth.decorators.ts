import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '../user/roles';

export const IS_PUBLIC = 'repaero:public';
export const REQUIRED_ROLES = 'repaero:roles';
/** Read by configureOpenApi to document security per operation. */
export const OPENAPI_PUBLIC = 'x-repaero-public';
export const OPENAPI_ROLES = 'x-repaero-roles';

/** No token needed (health, metrics, login). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC, true));

/** Any one of these roles is enough; admin passes everything. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension(OPENAPI_ROLES, roles));
