/**
 * Operator commands: `npm run balie -- <command>`.
 *   admin create --account NAME --name NAME --email EMAIL [--language nl|en] [--password-stdin]
 *       Creates an account with its first admin (the first one also completes first-run setup).
 *       Without --password-stdin a strong password is generated and printed once.
 *   migrate      Applies pending database migrations and exits.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError, SetupRequest } from '@balie/contracts';
import { createAccount, DatabaseUnavailableError, openStorage } from '@balie/core';
import { ConfigError, loadConfig } from './config';

const USAGE = `Usage:
  npm run balie -- admin create --account NAME --name NAME --email EMAIL [--language nl|en] [--password-stdin]
  npm run balie -- migrate`;

async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.split('\n')[0]!.trim();
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      account: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      language: { type: 'string', default: 'nl' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const command = positionals.join(' ');
  if (command !== 'admin create' && command !== 'migrate') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const { database, appliedMigrations } = await openStorage({ databaseUrl: config.DATABASE_URL, dataDir: config.BALIE_DATA_DIR });
  try {
    if (command === 'migrate') {
      process.stdout.write(
        appliedMigrations.length ? `Applied: ${appliedMigrations.join(', ')}\n` : 'The database is up to date.\n',
      );
      return 0;
    }
    const generated = !values['password-stdin'];
    const password = generated ? randomBytes(15).toString('base64url') : await readStdin();
    const input = SetupRequest.safeParse({
      accountName: values.account,
      name: values.name,
      email: values.email,
      password,
      language: values.language,
    });
    if (!input.success) {
      for (const issue of input.error.issues) process.stderr.write(`  --${cliName(String(issue.path[0]))}: ${issue.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const { accountId } = await createAccount({ db: database.db, ...input.data });
    process.stdout.write(`Created account "${input.data.accountName}" (${accountId}) with admin ${input.data.email}.\n`);
    if (generated) process.stdout.write(`Password (shown once): ${password}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

function cliName(field: string): string {
  return { accountName: 'account', password: 'password-stdin' }[field] ?? field;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof ConfigError || err instanceof DatabaseUnavailableError || err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
    } else process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
