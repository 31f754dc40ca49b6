import { Body, Controller, ForbiddenException, HttpCode, Inject, Logger, Post, Req, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { NotFound, type Clock, type IdGenerator } from '@repaero/event-sourcing';
import { APP_CONFIG, CLOCK, DeciderCommand, ID_GENERATOR, Public, type AppConfig } from '@repaero/platform';
import { twilioStatusCallback } from './twilio-status-callback.handler';

/**
 * Twilio's delivery-status callbacks (DOMAIN §3): public, authenticated by X-Twilio-Signature over the
 * public URL; a status is recorded on the outbox message only when it moves forward.
 */
@ApiExcludeController()
@Controller('webhooks/twilio/status')
@Public()
export class TwilioStatusController {
  private readonly logger = new Logger(TwilioStatusController.name);

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post()
  @HttpCode(204)
  async report(@Req() request: Request, @Body() body: Record<string, string | string[]>, @Headers('x-twilio-signature') signature?: string): Promise<void> {
    const sms = this.config.notifications.sms;
    const decided = twilioStatusCallback({
      publicUrl: sms?.statusCallbackUrl,
      authToken: sms?.authToken,
      originalUrl: request.originalUrl,
      body: body ?? {},
      signature,
      at: this.clock.now().toISOString(),
    });
    if (decided.outcome === 'forbidden') {
      this.logger.warn(`Twilio status callback refused: ${decided.why}`);
      throw new ForbiddenException('the request is not signed by Twilio');
    }
    // Twilio retries on errors: answer 204 to what we will never act on, so it stops.
    if (decided.outcome === 'ignored') return;
    try {
      await this.commandBus.execute(
        new DeciderCommand('outbox.ReportDeliveryStatus', {
          ...decided.request,
          metadata: {
            actor: { id: 'webhook:twilio', name: 'Twilio status callback', roles: [] },
            correlationId: this.ids.next(),
            source: 'api',
          },
        }),
      );
    } catch (error) {
      if (error instanceof NotFound) return;
      throw error;
    }
  }
}
