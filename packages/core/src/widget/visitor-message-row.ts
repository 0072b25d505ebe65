import type { WidgetMessage } from '@balie/contracts';
import { sql, type SQL } from '@balie/db';
import { iso } from '../db-util';

/** Which visitor: their widget (connection), their id (the thread key), in one account. */
export interface VisitorScope {
  accountId: string;
  connectionId: string;
  visitorId: string;
}

/**
 * A visitor's messages: theirs and the replies in their own threads only. Notes never match
 * (direction), nor do other visitors' conversations (connection + thread key), nor other accounts.
 */
export function visitorMessagesWhere(scope: VisitorScope): SQL {
  return sql`m.account_id = ${scope.accountId} and c.account_id = ${scope.accountId}
    and c.connection_id = ${scope.connectionId} and c.thread_key = ${scope.visitorId}
    and m.direction in ('inbound', 'outbound') and m.deleted_at is null`;
}

export const VISITOR_MESSAGE_SELECT = sql`select m.id, m.direction, m.body, m.delivery_status, m.created_at,
  case when m.direction = 'outbound' then coalesce(u.name, '') end as agent_name,
  (select coalesce(json_agg(json_build_object('id', a.id, 'filename', a.filename, 'contentType', a.content_type, 'size', a.size)
     order by a.created_at), '[]'::json) from attachments a where a.message_id = m.id) as attachments
  from messages m
  join conversations c on c.id = m.conversation_id
  left join users u on m.author_type = 'agent' and u.id = m.author_id`;

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((p) => [...p][0]!.toUpperCase()).join('');
}

export function toWidgetMessage(r: Record<string, unknown>): WidgetMessage {
  const agent = r.direction === 'outbound';
  const name = agent ? (r.agent_name as string) || 'Balie' : null;
  return {
    id: r.id as string,
    from: agent ? 'agent' : 'visitor',
    body: r.body as string,
    authorName: name,
    authorInitials: name ? initials(name) : null,
    status: r.delivery_status as string,
    attachments: (typeof r.attachments === 'string' ? JSON.parse(r.attachments) : r.attachments) as WidgetMessage['attachments'],
    createdAt: iso(r.created_at as Date),
  };
}
