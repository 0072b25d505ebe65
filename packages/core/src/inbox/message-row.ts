import type { Message } from '@balie/contracts';
import { sql } from '@balie/db';
import { iso, isoOrNull } from '../db-util';
import { readReach } from '../analysis/reach';

/** Messages with their author's name (agent or contact) in one query. */
export const MESSAGE_SELECT = sql`select m.id, m.conversation_id, m.direction, m.visibility, m.author_type, m.author_id,
  coalesce(u.name, ct.name) as author_name, m.body, m.delivery_status, m.failure_reason, m.created_at, m.edited_at, m.deleted_at, m.analysis, m.reach,
  (select coalesce(json_agg(json_build_object('id', a.id, 'filename', a.filename, 'contentType', a.content_type, 'size', a.size)
     order by a.created_at), '[]'::json) from attachments a where a.message_id = m.id) as attachments
  from messages m
  left join users u on m.author_type = 'agent' and u.id = m.author_id
  left join contacts ct on m.author_type = 'contact' and ct.id = m.author_id`;

export function toMessage(r: Record<string, unknown>): Message {
  return {
    id: r.id as string,
    conversationId: r.conversation_id as string,
    direction: r.direction as Message['direction'],
    visibility: r.visibility as Message['visibility'],
    authorType: r.author_type as Message['authorType'],
    authorId: (r.author_id as string | null) ?? null,
    authorName: (r.author_name as string | null) ?? null,
    body: r.body as string,
    deliveryStatus: r.delivery_status as Message['deliveryStatus'],
    failureReason: (r.failure_reason as string | null) ?? null,
    attachments: (typeof r.attachments === 'string' ? JSON.parse(r.attachments) : r.attachments) as Message['attachments'],
    createdAt: iso(r.created_at as Date),
    editedAt: isoOrNull(r.edited_at as Date | null),
    deletedAt: isoOrNull(r.deleted_at as Date | null),
    reach: readReach(r.reach)?.figures ?? null,
    analysis: (typeof r.analysis === 'string' ? JSON.parse(r.analysis) : (r.analysis ?? null)) as Message['analysis'],
  };
}
