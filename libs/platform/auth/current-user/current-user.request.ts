import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ROLES } from '../user/roles';

export class CurrentUserResponse {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: string[];

  @ApiProperty({ required: false, description: 'Local accounts only.' })
  username?: string;

  @ApiProperty({ enum: ['local', 'oidc'] })
  provider: 'local' | 'oidc';
}

export class ChangeOwnPasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, 1024)
  currentPassword: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @Length(12, 1024)
  newPassword: string;
}
