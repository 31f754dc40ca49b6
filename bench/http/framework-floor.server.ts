/**
 * The framework floor: the same NestJS 12 + Express adapter, body parser, global validation pipe,
 * a global guard and a global interceptor as the API, with the receipt's request DTO, but a handler
 * that does nothing (no token check, no store, no projection, no log line). What the API does on top
 * of this is the cost of the write path; this much is the framework's, on this machine, at this moment.
 */
import 'reflect-metadata';
import { Body, Controller, Get, Injectable, Module, Param, ParseUUIDPipe, Post, type CallHandler, type CanActivate, type NestInterceptor } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe } from '@repaero/platform/http/validation.pipe';
import { ReceivePartRequest } from '@repaero/contexts/stock/commands/receive-part/receive-part.request';

@Injectable()
class AllowGuard implements CanActivate {
  canActivate(): boolean {
    return true;
  }
}

@Injectable()
class PassInterceptor implements NestInterceptor {
  intercept(_context: unknown, next: CallHandler) {
    return next.handle();
  }
}

@Controller()
class FloorController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Post('api/v1/stock/parts/:partId/receipts')
  async receive(@Param('partId', new ParseUUIDPipe()) partId: string, @Body() body: ReceivePartRequest) {
    return { streamId: `part-${partId}`, version: body.quantity, position: 1 };
  }
}

@Module({
  controllers: [FloorController],
  providers: [
    { provide: APP_GUARD, useClass: AllowGuard },
    { provide: APP_INTERCEPTOR, useClass: PassInterceptor },
  ],
})
class FloorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(FloorModule, { logger: ['error'] });
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb', type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.useGlobalPipes(createValidationPipe());
  await app.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1');
}

void main();
