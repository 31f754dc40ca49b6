import 'reflect-metadata';
import { createApiApp, loadConfigOrExit } from '@repaero/bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { app } = await createApiApp(config);
  await app.listen(config.port, config.host);
  process.stdout.write(`Rep'Aero API listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (OpenAPI UI at /docs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Rep'Aero API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
