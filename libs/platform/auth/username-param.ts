import { BadRequestException } from '@nestjs/common';
import { normaliseUsername, USERNAME_PATTERN } from './user/username';

/** A `:username` path parameter, normalised as sign-in does; 400 naming the field when it cannot be one. */
export function usernameParam(value: string): string {
  const username = normaliseUsername(value);
  if (!USERNAME_PATTERN.test(username)) {
    throw new BadRequestException({ field: 'username', message: 'must have 2 to 63 letters, digits, dots, dashes or underscores' });
  }
  return username;
}
