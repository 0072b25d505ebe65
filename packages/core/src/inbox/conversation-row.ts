import type { ConversationInsight, ConversationSummary, Urgency } from '@balie/contracts';
import { sql } from '@balie/db';
import { iso, isoOrNull } from '../db-util';

/** The columns every conversation listing selects, joined in one query (no N+1). */
export const SUMMARY_COLUMNS = sql`c.id, c.contact_id, ct.name as contact_name, c.connection_id, cc.kind as connection_kind,
  cc.name as connection_name, c.visibility, c.status, c.urgency, c.assignee_id, c.team_id, c.label_ids, c.category_id,
  c.waiting_since, c.last_message_at, c.last_message_preview, c.snoozed_until, c.created_at, c.handover_note, c.merged_into,
  c.queue_rank, c.queue_at, c.resolved_at, c.language, c.sentiment, c.sentiment_trend, c.intent, c.needs_reply, c.urgency_score`;
export const SUMMARY_FROM = sql`conversations c join contacts ct on ct.id = c.contact_id
  join channel_connections cc on cc.id = c.connection_id`;

export type ConversationRow = Record<string, unknown>;

export function toSummary(r: ConversationRow): ConversationSummary {
  return {
    id: r.id as string,
    contact: { id: r.contact_id as string, name: r.contact_name as string },
    connection: {
      id: r.connection_id as string,
      kind: r.connection_kind as ConversationSummary['connection']['kind'],
      name: r.connection_name as string,
    },
    visibility: r.visibility as ConversationSummary['visibility'],
    status: r.status as ConversationSummary['status'],
    urgency: r.urgency as Urgency,
    assigneeId: (r.assignee_id as string | null) ?? null,
    teamId: (r.team_id as string | null) ?? null,
    labelIds: parseUuidArray(r.label_ids),
    categoryId: (r.category_id as string | null) ?? null,
    waitingSince: isoOrNull(r.waiting_since as Date | null),
    lastMessageAt: iso(r.last_message_at as Date),
    lastMessagePreview: r.last_message_preview as string,
    snoozedUntil: isoOrNull(r.snoozed_until as Date | null),
    createdAt: iso(r.created_at as Date),
    insight: toInsight(r),
  };
}

function toInsight(r: ConversationRow): ConversationInsight | null {
  if (r.language === null && r.sentiment === null && r.intent === null) return null;
  return {
    language: (r.language as string | null) ?? null,
    sentiment: (r.sentiment as ConversationInsight['sentiment']) ?? null,
    sentimentTrend: (r.sentiment_trend as ConversationInsight['sentimentTrend']) ?? null,
    intent: (r.intent as string | null) ?? null,
    needsReply: (r.needs_reply as boolean | null) ?? null,
    urgencyScore: r.urgency_score === null || r.urgency_score === undefined ? null : Number(r.urgency_score),
  };
}

/** node-postgres parses uuid[] into an array; PGlite too, but an unparsed literal is handled as well. */
function parseUuidArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === 'string') return value.replace(/[{}]/g, '').split(',').filter(Boolean);
  return [];
}

export function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}
