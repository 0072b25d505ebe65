/**
 * `npm run balie -- demo --email ADMIN_EMAIL`: a new account full of believable webcare work, so
 * someone trying Balie sees a living inbox within a minute. It makes its own account (like
 * `admin create`) instead of filling an existing one: the demo never mixes with real customers.
 */
import { SetupRequest } from '@balie/contracts';
import { createAccount, type Actor, type Database } from '@balie/core';
import { generateDemo } from './generate';

export interface DemoCommand {
  database: Database;
  accountName: string;
  name: string;
  email: string;
  password: string;
  /** The password was generated: print it once (like `admin create`). */
  showPassword: boolean;
  conversations: number;
  seed: number;
  /** Lines for the operator (stdout). */
  print: (line: string) => void;
}

/** Validates like `admin create`; returns the problems instead of throwing, for the CLI to show. */
export function checkDemoInput(input: { accountName: unknown; name: unknown; email: unknown; password: string }) {
  return SetupRequest.safeParse({ ...input, language: 'nl' });
}

export async function runDemo(cmd: DemoCommand): Promise<void> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const { db } = cmd.database;
  const { accountId, userId } = await createAccount({
    db,
    accountName: cmd.accountName,
    name: cmd.name,
    email: cmd.email,
    password: cmd.password,
    language: 'nl',
  });
  cmd.print(`Created demo account "${cmd.accountName}" (${accountId}) with admin ${cmd.email}.`);
  if (cmd.showPassword) cmd.print(`Password (shown once): ${cmd.password}`);
  const admin: Actor = { type: 'user', id: userId, name: cmd.name, accountId, role: 'admin' };
  const result = await generateDemo({
    db,
    admin,
    conversations: cmd.conversations,
    seed: cmd.seed,
    // One PGlite connection runs one thing at a time; a PostgreSQL pool can take a few in parallel.
    concurrency: cmd.database.kind === 'postgres' ? 4 : 1,
    onProgress: (done, total) => cmd.print(`  ${done}/${total} conversations (${seconds()} s)`),
  });
  cmd.print(
    `Done: ${result.conversations} conversations, ${result.messages} messages, 6 channels, 5 agents, in ${seconds()} s (seed ${cmd.seed}).`,
  );
}
