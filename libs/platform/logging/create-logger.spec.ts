import { Writable } from 'node:stream';
import { createLogger } from './create-logger';
import { PinoLoggerService } from './pino-logger.service';
import { requestContext } from './request-context';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger({ level: 'trace', destination }), lines };
}

describe('logging', () => {
  it('redacts credentials at any usual depth', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'p1',
        body: { password: 'p2', newPassword: 'p3', apiKey: 'k1' },
        req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1', 'x-api-key': 'k2' } },
        result: { accessToken: 't1' },
        username: 'alice',
      },
      'sensitive',
    );
    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/p1|p2|p3|k1|k2|abc|sid=1|t1/);
    expect(lines[0]).toMatchObject({ username: 'alice', body: { password: '[redacted]' } });
  });

  it('redacts without changing the logged object, inside arrays, and in child bindings', () => {
    const { logger, lines } = capture();
    const body = { user: { password: 'p1', name: 'alice' }, items: [{ token: 't1', n: 1 }] };
    logger.child({ app: 'cli', secret: 's1' }).info({ body }, 'nested');

    expect(lines[0]).toMatchObject({
      app: 'cli',
      secret: '[redacted]',
      body: { user: { password: '[redacted]', name: 'alice' }, items: [{ token: '[redacted]', n: 1 }] },
    });
    expect(body).toEqual({ user: { password: 'p1', name: 'alice' }, items: [{ token: 't1', n: 1 }] });
  });

  it('redacts inside errors and frozen objects, keeping the error readable', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new Error('login failed'), { request: { headers: { authorization: 'Bearer abc' } } });
    const frozen = Object.freeze({ config: Object.freeze({ jwtSecret: 'j1', port: 3000 }) });
    logger.error({ err: error, frozen }, 'boom');

    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/abc|j1/);
    expect(lines[0]).toMatchObject({ err: { message: 'login failed', stack: expect.stringContaining('Error: login failed') }, frozen: { config: { port: 3000 } } });
    expect(error.request.headers.authorization).toBe('Bearer abc');
  });

  it('tags lines with the correlation id and user of the current request', () => {
    const { logger, lines } = capture();
    requestContext.run({ correlationId: 'c-1', userId: 'u-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', correlationId: 'c-1', userId: 'u-1' });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('adapts Nest log calls: context, level and stack', () => {
    const { logger, lines } = capture();
    const nest = new PinoLoggerService(logger);
    nest.log('Nest application started', 'NestApplication');
    nest.error('failed', 'Error: failed\n    at somewhere (x.ts:1:1)', 'ExceptionHandler');
    nest.verbose({ detail: 1 });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', msg: 'Nest application started', context: 'NestApplication' }),
      expect.objectContaining({ level: 'error', msg: 'failed', context: 'ExceptionHandler', stack: expect.stringContaining('at somewhere') }),
      expect.objectContaining({ level: 'trace', detail: 1 }),
    ]);
  });
});
