/**
 * Starts a Balie server process: validates configuration, opens and migrates the database,
 * serves HTTP and WebSocket, runs jobs, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { DatabaseUnavailableError } from '@balie/core';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createRuntime } from './runtime';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const runtime = await createRuntime({ config, logger });
  const address = await runtime.listen();
  logger.info(
    {
      engine: runtime.database.kind,
      role: config.BALIE_ROLE,
      dataDir: runtime.database.kind === 'pglite' ? config.BALIE_DATA_DIR : undefined,
    },
    `Balie is running at ${address.replace('127.0.0.1', 'localhost')}`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    runtime.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Balie failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exit(1);
});
