import { ConfigError, loadConfig, type AppConfig } from '@repaero/platform';

/** Reads the environment; a bad key stops the process with one line per problem, never a stack trace. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
