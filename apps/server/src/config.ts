import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  BALIE_DATA_DIR: z.string().min(1).default('./data'),
  BALIE_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Secure cookies: `auto` sets them when the request came over TLS (directly or via a trusted proxy). */
  BALIE_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  BALIE_TRUST_PROXY: bool.default(false),
  BALIE_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  BALIE_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  BALIE_JOB_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  BALIE_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Origins allowed to open the realtime socket besides the server's own (e.g. the Vite dev server). */
  BALIE_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  BALIE_WEB_DIST: z.string().optional(),
  /** Raw webhook deliveries are kept this long for debugging and replay. */
  BALIE_RAW_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** First retry delay of reply sends and outbound webhooks (doubling, capped at an hour). */
  BALIE_OUTBOUND_RETRY_BASE_MS: z.coerce.number().int().min(10).default(10_000),
  BALIE_OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** A webhook subscription that fails this many deliveries in a row is switched off (with a notice). */
  BALIE_WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).default(15),
  /** For browser tests only: the website chat app exposes a switch that simulates a network drop. */
  BALIE_WIDGET_TEST_HOOKS: z.stringbool().default(false),
});

export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment once; every wrong value gets its own line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(ConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = ConfigSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0]);
    const shown = key === 'DATABASE_URL' ? '(hidden)' : JSON.stringify(relevant[key]);
    return `  ${key}: ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
