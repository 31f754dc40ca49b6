export { AuthModule } from './auth.module';
export { Public, Roles } from './guard/auth.decorators';
export { CurrentActor, CurrentUser, actorOf } from './current-actor';
export type { Role } from './user/roles';
