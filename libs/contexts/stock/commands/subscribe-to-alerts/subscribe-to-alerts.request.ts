import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { ALERT_KINDS, type AlertKind } from '../../domain/alert/events';
import { ALERT_CHANNELS, type AlertChannel } from '../../domain/alert-subscription/events';

export class SubscribeToAlertsRequest {
  @ApiProperty({ enum: ['person', 'role'], example: 'person' })
  @IsIn(['person', 'role'])
  subscriberType: 'person' | 'role';

  @ApiPropertyOptional({ description: 'The user subscribed (subscriberType person)' })
  @ValidateIf((body: SubscribeToAlertsRequest) => body.subscriberType === 'person')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  userId?: string;

  @ApiPropertyOptional({ example: 'quality', description: 'The role whose shared contact is subscribed (subscriberType role)' })
  @ValidateIf((body: SubscribeToAlertsRequest) => body.subscriberType === 'role')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  role?: string;

  @ApiProperty({ example: 'Claire Martin (qualité)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ALERT_KINDS, isArray: true, example: ['quarantine'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ALERT_KINDS.length)
  @IsIn([...ALERT_KINDS], { each: true })
  kinds: AlertKind[];

  @ApiProperty({ enum: ALERT_CHANNELS, isArray: true, example: ['sms', 'email'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ALERT_CHANNELS.length)
  @IsIn([...ALERT_CHANNELS], { each: true })
  channels: AlertChannel[];

  @ApiPropertyOptional({ example: '06 12 34 56 78', description: 'A mobile number; French numbers may omit +33' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  mobile?: string;

  @ApiPropertyOptional({ example: 'qualite@repaero.example' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}
