import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '../user/roles';

export class ChangeUserRolesRequest {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['quality'], description: 'The whole new set of roles.' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class UserChangedResponse {
  @ApiProperty({ example: 'user-alice.martin' })
  streamId: string;

  @ApiProperty()
  version: number;

  @ApiProperty({ description: 'Send as X-Consistency-Position to read your write.' })
  position: number;
}
