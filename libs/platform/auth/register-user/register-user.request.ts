import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '../user/roles';

export class RegisterUserRequest {
  @ApiProperty({ example: 'alice.martin', description: 'Case-insensitive; stored lowercase.' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{1,62}$/, {
    message: 'username must have 2 to 63 letters, digits, dots, dashes or underscores',
  })
  username: string;

  @ApiProperty({ example: 'Alice Martin' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @Length(12, 1024)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['storekeeper'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class UserRegisteredResponse {
  @ApiProperty()
  userId: string;

  @ApiProperty({ example: 'user-alice.martin' })
  streamId: string;

  @ApiProperty()
  version: number;

  @ApiProperty({ description: 'Send as X-Consistency-Position to read your write.' })
  position: number;
}
