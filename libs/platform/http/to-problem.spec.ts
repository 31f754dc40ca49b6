import { BadRequestException, HttpException, InternalServerErrorException, PayloadTooLargeException } from '@nestjs/common';
import { StreamVersionConflict } from '@repaero/event-sourcing';
import { MalformedRequestBody, RequestValidationFailed } from './request-errors';
import { toProblem } from './to-problem';

describe('toProblem', () => {
  it('names every invalid field of a validation failure', () => {
    const { problem } = toProblem(new RequestValidationFailed([{ field: 'items[0].quantity', message: 'must be positive' }]));
    expect(problem).toEqual({
      type: 'https://repaero.example/problems/validation-failed',
      title: 'Request validation failed',
      status: 400,
      detail: 'Invalid field: items[0].quantity',
      errors: [{ field: 'items[0].quantity', message: 'must be positive' }],
    });
  });

  it('reads BadRequestException({ field, message }) as a validation failure', () => {
    const { problem } = toProblem(new BadRequestException({ field: 'streamId', message: 'must look like <category>-<id>' }));
    expect(problem).toMatchObject({ status: 400, errors: [{ field: 'streamId', message: 'must look like <category>-<id>' }] });
  });

  it('keeps the message of a plain 400', () => {
    expect(toProblem(new BadRequestException('give either asOf or version')).problem).toMatchObject({
      type: 'https://repaero.example/problems/bad-request',
      detail: 'give either asOf or version',
    });
  });

  it('names the body when it is not JSON', () => {
    expect(toProblem(new MalformedRequestBody('Unexpected end')).problem.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
  });

  it('keeps the standard members out of reach of extensions', () => {
    const { problem } = toProblem(new StreamVersionConflict('part-1', 'no_stream', 2));
    expect(problem).toMatchObject({ status: 409, expectedVersion: 'no_stream', actualVersion: 2, streamId: 'part-1' });
  });

  it('maps an exposed client error from Express middleware', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true, type: 'entity.too.large' });
    expect(toProblem(tooLarge).problem).toMatchObject({ status: 413, type: 'https://repaero.example/problems/payload-too-large' });
    expect(toProblem(new PayloadTooLargeException()).problem.status).toBe(413);
  });

  it.each([new Error('db password=x'), new InternalServerErrorException('stack here'), new HttpException('teapot internals', 500), 'a string'])(
    'hides %p behind a 500 and flags it for logging',
    (error) => {
      const mapped = toProblem(error);
      expect(mapped.unexpected).toBe(true);
      expect(mapped.problem).toMatchObject({ status: 500, type: 'https://repaero.example/problems/internal-error' });
      expect(JSON.stringify(mapped.problem)).not.toMatch(/password|stack|teapot/);
    },
  );

  it('asks for a bearer token on 401', () => {
    expect(toProblem(new HttpException('no token', 401)).headers).toEqual({ 'WWW-Authenticate': 'Bearer realm="repaero"' });
  });

  it('says when to retry a 429 that carries retryAfterSeconds', () => {
    const mapped = toProblem(new HttpException('too many failed sign-ins', 429, { cause: { retryAfterSeconds: 29.2 } }));

    expect(mapped.headers).toEqual({ 'Retry-After': '30' });
    expect(mapped.problem).toMatchObject({ status: 429, type: 'https://repaero.example/problems/too-many-requests', retryAfterSeconds: 30 });
  });
});
