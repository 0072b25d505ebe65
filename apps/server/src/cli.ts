/**
 * Operator commands: `npm run balie -- <command>`.
 *   admin create --account NAME --name NAME --email EMAIL [--language nl|en] [--password-stdin]
 *       Creates an account with its first admin (the first one also completes first-run setup).
 *       Without --password-stdin a strong password is generated and printed once.
 *   migrate      Applies pending database migrations and exits.
 *   demo --email EMAIL [--account NAME] [--name NAME] [--conversations 3000] [--seed 42] [--password-stdin]
 *       Creates a demo account with that admin, filled with 30 days of webcare work (demo/run-demo.ts).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError, SetupRequest } from '@balie/contracts';
import { createAccount, DatabaseUnavailableError, openStorage } from '@balie/core';
import { ConfigError, loadConfig } from './config';
import { checkDemoInput, runDemo } from './demo/run-demo';

const USAGE = `Usage:
  npm run balie -- admin create --account NAME --name NAME --email EMAIL [--language nl|en] [--password-stdin]
  npm run balie -- migrate
  npm run balie -- demo --email EMAIL [--account NAME] [--name NAME] [--conversations 3000] [--seed 42] [--password-stdin]`;

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
      conversations: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '42' },
    },
  });
  const command = positionals.join(' ');
  if (command !== 'admin create' && command !== 'migrate' && command !== 'demo') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const conversations = Number(values.conversations);
  const seed = Number(values.seed);
  if (
    command === 'demo' &&
    !(Number.isInteger(conversations) && conversations >= 1 && conversations <= 100_000 && Number.isInteger(seed))
  ) {
    process.stderr.write(`  --conversations: a whole number from 1 to 100000; --seed: a whole number\n${USAGE}\n`);
    return 2;
  }
  // Check the input before touching the database: a typo must not create or migrate a data folder.
  const generated = !values['password-stdin'];
  const password = command === 'migrate' ? '' : generated ? randomBytes(15).toString('base64url') : await readStdin();
  const input =
    command === 'demo'
      ? checkDemoInput({
          accountName: values.account ?? 'Demo Webcare',
          name: values.name ?? 'Teamleider',
          email: values.email,
          password,
        })
      : SetupRequest.safeParse({
          accountName: values.account,
          name: values.name,
          email: values.email,
          password,
          language: values.language,
        });
  if (command !== 'migrate' && !input.success) {
    for (const issue of input.error.issues) process.stderr.write(`  --${cliName(String(issue.path[0]))}: ${issue.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const { database, appliedMigrations } = await openStorage({ databaseUrl: config.DATABASE_URL, dataDir: config.BALIE_DATA_DIR });
  try {
    // (For migrate, input is not checked above; this also tells the type checker input.data is there.)
    if (command === 'migrate' || !input.success) {
      process.stdout.write(
        appliedMigrations.length ? `Applied: ${appliedMigrations.join(', ')}\n` : 'The database is up to date.\n',
      );
      return 0;
    }
    if (command === 'demo') {
      const print = (line: string) => process.stdout.write(`${line}\n`);
      await runDemo({ database, ...input.data, showPassword: generated, conversations, seed, print });
      return 0;
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
