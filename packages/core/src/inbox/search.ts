import type { SearchQuery } from '@balie/contracts';
import { sql, type SQL } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { decodeTimeIdCursor, encodeCursor } from './cursor';

// Highlight markers that cannot occur in normal text; the snippet becomes parts, never HTML.
const START = '\u0001';
const STOP = '\u0002';
// ts_headline parses HTML and drops tags; customers' text keeps its angle brackets through these.
const LT = '\u0003';
const GT = '\u0004';
const shielded = (column: SQL) => sql`replace(replace(${column}, '<', ${LT}), '>', ${GT})`;

const FRAGMENTS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
/** Short texts (most webcare messages) are shown whole; long ones (e-mails) as fragments around the hits. */
const headline = (config: SQL, column: SQL, query: SQL) =>
  sql`case when length(${column}) <= 400 then ts_headline(${config}, ${shielded(column)}, ${query}, ${WHOLE})
    else ts_headline(${config}, ${shielded(column)}, ${query}, ${FRAGMENTS}) end`;

export function snippetParts(headline: string): Array<{ text: string; hit: boolean }> {
  const text = headline.replaceAll(LT, '<').replaceAll(GT, '>');
  const parts: Array<{ text: string; hit: boolean }> = [];
  for (const chunk of text.split(START)) {
    const [hit, rest] = chunk.includes(STOP) ? chunk.split(STOP, 2) : [undefined, chunk];
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

/** Words in Dutch or English: the query is stemmed both ways, each message matched in its own language. */
const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('dutch'::regconfig, ${q}) || websearch_to_tsquery('english'::regconfig, ${q}))`;

/**
 * Full-text search over messages (Dutch or English stemming per message), contact notes, and
 * fuzzy matching of contact names and handles (pg_trgm), newest messages first.
 */
export async function searchInbox(opts: Ctx & { query: SearchQuery }) {
  assertCan(opts.actor, 'conversations.read');
  const { db, actor } = opts;
  const f = opts.query;
  const query = tsQuery(f.q);
  const where: SQL[] = [sql`m.account_id = ${actor.accountId}`, sql`m.search @@ ${query}`, sql`m.deleted_at is null`];
  if (f.channel) where.push(sql`cc.kind = ${f.channel}`);
  if (f.status) where.push(sql`c.status = ${f.status}`);
  if (f.visibility) where.push(sql`m.visibility = ${f.visibility}`);
  if (f.since) where.push(sql`m.created_at >= ${f.since}::timestamptz`);
  if (f.until) where.push(sql`m.created_at < ${f.until}::timestamptz`);
  if (f.cursor) {
    const [at, id] = decodeTimeIdCursor(f.cursor);
    where.push(sql`(m.created_at, m.id) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const firstPage = !f.cursor;
  const lowered = f.q.toLowerCase();
  const contains = `%${escapeLike(lowered)}%`;
  const [messages, contacts, notes] = await Promise.all([
    db.execute(sql`select m.id, m.conversation_id, m.created_at, m.direction, ct.id as contact_id, ct.name as contact_name, cc.kind,
        ${headline(sql`case when m.language = 'en' then 'english'::regconfig else 'dutch'::regconfig end`, sql`m.body`, query)} as snippet
      from messages m join conversations c on c.id = m.conversation_id join contacts ct on ct.id = c.contact_id
        join channel_connections cc on cc.id = m.connection_id
      where ${sql.join(where, sql` and `)} order by m.created_at desc, m.id desc limit ${f.limit + 1}`),
    firstPage
      ? // Names and handles are matched separately so each side reads its trigram index (an OR across
        // the join would scan every contact of the account).
        db.execute(sql`with matched as (
            select id as contact_id from contacts
            where account_id = ${actor.accountId} and merged_into is null and (lower(name) % ${lowered} or lower(name) like ${contains})
            union
            select contact_id from contact_identities
            where account_id = ${actor.accountId} and (lower(handle) % ${lowered} or lower(handle) like ${contains})
          )
          select ct.id, ct.name, max(ci.handle) as handle,
            (select id from conversations where contact_id = ct.id and status <> 'merged'
              order by last_message_at desc limit 1) as latest_conversation_id,
            greatest(similarity(lower(ct.name), ${lowered}), coalesce(max(similarity(lower(ci.handle), ${lowered})), 0)) as score
          from matched join contacts ct on ct.id = matched.contact_id left join contact_identities ci on ci.contact_id = ct.id
          where ct.merged_into is null
          group by ct.id order by score desc, ct.name limit 10`)
      : Promise.resolve({ rows: [] }),
    firstPage
      ? db.execute(sql`select n.id, n.contact_id, ct.name as contact_name, n.created_at,
            ${headline(sql`'dutch'::regconfig`, sql`n.body`, query)} as snippet
          from contact_notes n join contacts ct on ct.id = n.contact_id
          where n.account_id = ${actor.accountId} and n.search @@ ${query} order by n.created_at desc limit 10`)
      : Promise.resolve({ rows: [] }),
  ]);
  const rows = messages.rows.slice(0, f.limit);
  const last = rows.at(-1);
  return {
    messages: rows.map((r) => ({
      messageId: r.id as string,
      conversationId: r.conversation_id as string,
      contactId: r.contact_id as string,
      contactName: r.contact_name as string,
      channel: r.kind as never,
      direction: r.direction as never,
      createdAt: iso(r.created_at as Date),
      snippet: snippetParts(r.snippet as string),
    })),
    nextCursor: messages.rows.length > f.limit && last ? encodeCursor([iso(last.created_at as Date), last.id as string]) : null,
    contacts: contacts.rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      handle: (r.handle as string | null) ?? null,
      score: Number(r.score),
      latestConversationId: (r.latest_conversation_id as string | null) ?? null,
    })),
    notes: notes.rows.map((r) => ({
      id: r.id as string,
      contactId: r.contact_id as string,
      contactName: r.contact_name as string,
      createdAt: iso(r.created_at as Date),
      snippet: snippetParts(r.snippet as string),
    })),
  };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
