import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandMetadata, IdGenerator } from '@repaero/event-sourcing';
import { normaliseMobileNumber } from '@repaero/integrations/phone/mobile-number';
import { CommandAcceptedDto, CommandContext, ID_GENERATOR, Roles } from '@repaero/platform';
import type { CheckedMobile } from '../../domain/alert-subscription/commands';
import type { AlertSubscriber } from '../../domain/alert-subscription/events';
import { alertSubscriptions } from '../sender/stock-aggregates';
import { AggregateCommandSender } from '@repaero/platform';
import { SubscribeToAlertsRequest } from './subscribe-to-alerts.request';

class AlertSubscribedResponse extends CommandAcceptedDto {
  @ApiProperty()
  subscriptionId: string;
}

/** The number as libphonenumber sees it: the decider refuses what is not a mobile (DOMAIN §3). */
export function checkedMobile(input: string): CheckedMobile {
  const result = normaliseMobileNumber(input);
  return result.ok ? { input, check: 'mobile', e164: result.e164 } : { input, check: result.reason, message: result.message };
}

@ApiTags('stock')
@Controller('api/v1/stock/alert-subscriptions')
export class SubscribeToAlertsController {
  constructor(
    private readonly commands: AggregateCommandSender,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Someone (or a role's shared contact) is told by SMS and/or e-mail when alerts of these kinds are raised. */
  @Post()
  @Roles('admin', 'quality')
  @ApiCreatedResponse({ type: AlertSubscribedResponse })
  async subscribe(@Body() body: SubscribeToAlertsRequest, @CommandContext() metadata: CommandMetadata): Promise<AlertSubscribedResponse> {
    const subscriptionId = this.ids.next();
    const subscriber: AlertSubscriber =
      body.subscriberType === 'person'
        ? { type: 'person', userId: body.userId ?? '', displayName: body.displayName }
        : { type: 'role', role: body.role ?? '', displayName: body.displayName };
    const intent = {
      subscriber,
      kinds: body.kinds,
      channels: body.channels,
      ...(body.mobile?.trim() ? { mobile: checkedMobile(body.mobile.trim()) } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
      by: metadata.actor.id,
    };
    const accepted = await this.commands.send(alertSubscriptions, 'Subscribe', subscriptionId, intent, metadata);
    return Object.assign(accepted, { subscriptionId });
  }
}
