export * from './command-accepted.dto';
export * from './command-metadata.decorator';
export * from './decider-command';
export * from './decider-command.handler';
export * from './aggregate-command.sender';
