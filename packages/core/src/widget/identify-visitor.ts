import { sql, type Db } from '@balie/db';
import { emitEvent } from '../events/emit-event';
import { findOrCreateContact } from '../inbox/record-inbound';

export const WEB_CHAT = 'web_chat';

/** The identity a website's signed-in customer has on the widget (beside the per-browser visitor id). */
export function userIdentity(userId: string): string {
  return `user:${userId}`;
}

/**
 * A website vouched for its signed-in customer (the route checked the identity hash). The visitor
 * joins that customer's contact — found by their website user id, customer number or e-mail, so
 * also when they wrote before on another channel — with their chats; otherwise their own contact
 * gets the name, e-mail and customer number.
 */
export async function identifyVisitor(opts: {
  db: Db;
  accountId: string;
  connectionId: string;
  visitorId: string;
  userId: string;
  name?: string | undefined;
  email?: string | undefined;
  customerNumber?: string | undefined;
}): Promise<{ contactId: string; merged: boolean }> {
  const { accountId } = opts;
  return opts.db.transaction(async (tx) => {
    const known = (
      await tx.execute(sql`select ct.id from contacts ct
        where ct.account_id = ${accountId} and ct.merged_into is null and (
          ct.id in (select contact_id from contact_identities where account_id = ${accountId}
                    and channel = ${WEB_CHAT} and external_id = ${userIdentity(opts.userId)})
          or (${opts.customerNumber ?? null}::text is not null and ct.attributes ->> 'customerNumber' = ${opts.customerNumber ?? null})
          or (${opts.email ?? null}::text is not null and lower(ct.email) = lower(${opts.email ?? null})))
        order by (ct.id in (select contact_id from contact_identities where account_id = ${accountId}
                    and channel = ${WEB_CHAT} and external_id = ${userIdentity(opts.userId)})) desc, ct.created_at
        limit 1`)
    ).rows[0] as { id: string } | undefined;
    const visitorContact = (
      await tx.execute(sql`select contact_id from contact_identities
        where account_id = ${accountId} and channel = ${WEB_CHAT} and external_id = ${opts.visitorId}`)
    ).rows[0] as { contact_id: string } | undefined;

    let contactId: string;
    let merged = false;
    if (known) {
      contactId = known.id;
      if (visitorContact && visitorContact.contact_id !== contactId) {
        // The anonymous chats move to the customer; the emptied anonymous contact is kept, hidden.
        await tx.execute(sql`update contact_identities set contact_id = ${contactId}
          where account_id = ${accountId} and channel = ${WEB_CHAT} and external_id = ${opts.visitorId}`);
        await tx.execute(sql`update conversations set contact_id = ${contactId}, updated_at = now()
          where account_id = ${accountId} and contact_id = ${visitorContact.contact_id}
            and connection_id = ${opts.connectionId} and thread_key = ${opts.visitorId}`);
        await tx.execute(sql`update contacts set merged_into = ${contactId}, updated_at = now()
          where id = ${visitorContact.contact_id} and account_id = ${accountId}
            and not exists (select 1 from contact_identities where contact_id = ${visitorContact.contact_id})`);
        merged = true;
      } else if (!visitorContact) {
        await tx.execute(sql`insert into contact_identities (account_id, contact_id, channel, external_id)
          values (${accountId}, ${contactId}, ${WEB_CHAT}, ${opts.visitorId}) on conflict do nothing`);
      }
    } else {
      contactId =
        visitorContact?.contact_id ??
        (await findOrCreateContact(tx, accountId, WEB_CHAT, {
          externalId: opts.visitorId,
          ...(opts.name ? { displayName: opts.name } : {}),
        }));
    }
    await tx.execute(sql`insert into contact_identities (account_id, contact_id, channel, external_id, display_name)
      values (${accountId}, ${contactId}, ${WEB_CHAT}, ${userIdentity(opts.userId)}, ${opts.name ?? null})
      on conflict (account_id, channel, external_id) do nothing`);
    await tx.execute(sql`update contacts set
        name = coalesce(${opts.name ?? null}, name),
        email = coalesce(email, ${opts.email ?? null}),
        attributes = case when ${opts.customerNumber ?? null}::text is null then attributes
          else attributes || jsonb_build_object('customerNumber', ${opts.customerNumber ?? null}::text) end,
        updated_at = now()
      where id = ${contactId} and account_id = ${accountId}`);
    await emitEvent({ tx, accountId, type: 'contact.updated', payload: { contactId } });
    return { contactId, merged };
  });
}
