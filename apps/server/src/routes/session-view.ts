import type { Session } from '@balie/contracts';
import { getAccount, lastEventSeq, listUserAccounts, type Actor, type Db } from '@balie/core';

/** What the web app needs after sign-in: who, where, with which role, and the CSRF token. */
export async function sessionView(opts: { db: Db; actor: Actor; email: string; csrfToken: string }): Promise<Session> {
  const { db, actor } = opts;
  const [account, accounts, lastSeq] = await Promise.all([
    getAccount({ db, actor }),
    listUserAccounts({ db, actor }),
    lastEventSeq({ db, accountId: actor.accountId }),
  ]);
  return {
    user: { id: actor.id!, name: actor.name, email: opts.email },
    account: { id: account.id, name: account.name, defaultLanguage: account.defaultLanguage },
    role: actor.role,
    accounts,
    csrfToken: opts.csrfToken,
    lastSeq,
  };
}
