import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_PUBLIC, OPENAPI_ROLES } from '../auth/guard/auth.decorators';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE } from '../http/problem-details';

export interface OpenApiOptions {
  readonly title?: string;
  readonly version?: string;
  readonly description?: string;
}

const BEARER = 'bearer';
const PROBLEM_SCHEMA = 'ProblemDetails';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/** Swagger UI at /docs, the document at /docs-json. Call before `app.init()`/`listen()`. */
export function configureOpenApi(app: INestApplication, options: OpenApiOptions = {}): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title ?? "Rep'Aero API")
    .setDescription(
      options.description ??
        'System of record of the Rep\'Aero repair station. Errors are RFC 9457 application/problem+json; ' +
          'send X-Correlation-Id to trace a request through the logs.',
    )
    .setVersion(options.version ?? '1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
    .addSecurityRequirements(BEARER)
    .build();
  const document = withProblemResponses(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  return document;
}

/** Documents the error answers of every operation, which the decorators cannot see: the filter writes them. */
export function withProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const problem = { description: '', content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } } };
  const respond = (description: string) => ({ ...problem, description });
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA]: PROBLEM_DETAILS_SCHEMA },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const extensions = operation as unknown as Record<string, unknown>;
      const isPublic = extensions[OPENAPI_PUBLIC] === true;
      const roles = extensions[OPENAPI_ROLES] as string[] | undefined;
      delete extensions[OPENAPI_PUBLIC];
      delete extensions[OPENAPI_ROLES];
      const responses = operation.responses;
      if (operation.requestBody || operation.parameters?.length) {
        responses['400'] ??= respond('Invalid request: every bad field is named in `errors`.');
      }
      if (isPublic) {
        operation.security = [];
      } else {
        responses['401'] ??= respond('Missing, invalid or expired bearer token.');
        responses['403'] ??= respond('The caller lacks the required role.');
      }
      if (roles?.length) {
        const note = `Roles: ${roles.join(', ')} (admin always allowed).`;
        operation.description = operation.description ? `${operation.description}\n\n${note}` : note;
      }
      responses.default ??= respond('Any other error: 404, 409 version conflict, 422 business rule, 503 dependency down, 500.');
    }
  }
  return document;
}

const PROBLEM_DETAILS_SCHEMA = {
  type: 'object' as const,
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' as const, format: 'uri', example: `${PROBLEM_TYPE_BASE}validation-failed` },
    title: { type: 'string' as const, example: 'Request validation failed' },
    status: { type: 'integer' as const, example: 400 },
    detail: { type: 'string' as const },
    instance: { type: 'string' as const, example: '/api/v1/users' },
    correlationId: { type: 'string' as const },
    errors: {
      type: 'array' as const,
      description: 'Validation problems, one per broken constraint.',
      items: {
        type: 'object' as const,
        properties: { field: { type: 'string' as const, example: 'items[0].quantity' }, message: { type: 'string' as const } },
      },
    },
    rule: { type: 'string' as const, description: '422: code of the broken business rule.' },
    details: { type: 'object' as const, description: '422: facts about the broken rule.' },
    expectedVersion: { description: '409: the version the command expected.' },
    actualVersion: { type: 'integer' as const, description: '409: the stream version found.' },
  },
};
