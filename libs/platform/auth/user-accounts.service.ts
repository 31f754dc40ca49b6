import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  AggregateStateCache,
  handleCommand,
  loadStream,
  type Clock,
  type CommandMetadata,
  type CommandOutcome,
  type EventStore,
  type IdGenerator,
  type UpcasterRegistry,
} from '@repaero/event-sourcing';
import { Metrics } from '../observability/metrics.service';
import { CLOCK, EVENT_STORE, ID_GENERATOR, UPCASTERS } from '../tokens';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password/password-hasher';
import type { UserCommand } from './user/commands';
import type { UserEvent } from './user/events';
import { userDecider, type UserAccount, type UserState } from './user/user.decider';
import { normaliseUsername, userStreamId } from './user/username';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly string[];
}

/** Use cases of the user aggregate, shared by the HTTP endpoints, bootstrap and the CLI. */
@Injectable()
export class UserAccounts {
  /** Folded user streams: checking a token reads only the events appended since (usually none). */
  private readonly states = new AggregateStateCache(10_000);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
    @Optional() private readonly metrics?: Metrics,
  ) {}

  async register(user: NewUser, metadata: CommandMetadata): Promise<CommandOutcome<UserEvent> & { userId: string }> {
    const userId = this.ids.next();
    const passwordHash = await hashPassword(user.password);
    const outcome = await this.execute(
      user.username,
      { type: 'RegisterUser', userId, username: user.username, displayName: user.displayName, roles: user.roles, passwordHash },
      metadata,
    );
    return { ...outcome, userId };
  }

  async changePassword(username: string, password: string, metadata: CommandMetadata): Promise<CommandOutcome<UserEvent>> {
    return this.execute(username, { type: 'ChangePassword', passwordHash: await hashPassword(password) }, metadata);
  }

  changeRoles(username: string, roles: readonly string[], metadata: CommandMetadata): Promise<CommandOutcome<UserEvent>> {
    return this.execute(username, { type: 'ChangeRoles', roles }, metadata);
  }

  disable(username: string, metadata: CommandMetadata): Promise<CommandOutcome<UserEvent>> {
    return this.execute(username, { type: 'DisableUser' }, metadata);
  }

  async find(username: string): Promise<UserState> {
    return (await loadStream(this.pipeline(), userDecider, userStreamId(username))).state;
  }

  /**
   * The user as the store has it now, for every authenticated request: the stream is read after the
   * cached version, so a change appended by any process (CLI, another API) counts at once.
   */
  async current(username: string): Promise<UserState> {
    const streamId = userStreamId(username);
    const loaded = await loadStream(this.pipeline(), userDecider, streamId, undefined, this.states.get<UserState>(streamId, userDecider));
    this.states.set(streamId, userDecider, loaded);
    return loaded.state;
  }

  /** The account when the password matches an active user; the same answer and cost for every failure. */
  async authenticate(username: string, password: string): Promise<UserAccount | undefined> {
    const state = await this.find(normaliseUsername(username));
    if (state.status !== 'active') return verifyAgainstDummy(password).then(() => undefined);
    return (await verifyPassword(password, state.passwordHash)) ? state : undefined;
  }

  private execute(username: string, command: UserCommand, metadata: CommandMetadata): Promise<CommandOutcome<UserEvent>> {
    const run = () => handleCommand(this.pipeline(), { decider: userDecider, streamId: userStreamId(username), command, metadata });
    return this.metrics ? this.metrics.timeCommand(`identity.${command.type}`, run) : run();
  }

  private pipeline() {
    return { store: this.store, clock: this.clock, ids: this.ids, upcasters: this.upcasters };
  }
}
