/** A domain event as one sentence a person reads, in the current language. */
import { eventPayloads, type EventType } from '@balie/contracts';
import type { TFunction } from 'i18next';
import type { DomainEvent } from '../api/types';
import { isLanguage } from '../i18n/language';

/** Names of members and tokens by id, for events that carry only an id. */
export type NameBook = ReadonlyMap<string, string>;

function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventPayloads, type);
}

export function describeEvent(event: DomainEvent, t: TFunction, names: NameBook): string {
  const unknown = () => t('events.unknown', { type: event.type });
  if (!isEventType(event.type)) return unknown();
  const member = (id: string) => names.get(id) ?? t('events.aMember');
  const role = (r: 'admin' | 'supervisor' | 'agent' | 'viewer') => t(`roles.${r}`);

  switch (event.type) {
    case 'account.updated': {
      const p = eventPayloads['account.updated'].safeParse(event.payload);
      if (!p.success) return unknown();
      const language = isLanguage(p.data.defaultLanguage) ? t(`language.${p.data.defaultLanguage}`) : p.data.defaultLanguage;
      return t('events.account.updated', { name: p.data.name, language });
    }
    case 'member.added': {
      const p = eventPayloads['member.added'].safeParse(event.payload);
      return p.success ? t('events.member.added', { name: p.data.name, role: role(p.data.role) }) : unknown();
    }
    case 'member.updated': {
      const p = eventPayloads['member.updated'].safeParse(event.payload);
      return p.success ? t('events.member.updated', { name: member(p.data.userId), role: role(p.data.role) }) : unknown();
    }
    case 'member.removed': {
      const p = eventPayloads['member.removed'].safeParse(event.payload);
      return p.success ? t('events.member.removed', { name: member(p.data.userId) }) : unknown();
    }
    case 'api_token.created': {
      const p = eventPayloads['api_token.created'].safeParse(event.payload);
      return p.success ? t('events.api_token.created', { name: p.data.name, role: role(p.data.role) }) : unknown();
    }
    case 'api_token.revoked': {
      const p = eventPayloads['api_token.revoked'].safeParse(event.payload);
      return p.success ? t('events.api_token.revoked', { name: names.get(p.data.tokenId) ?? t('events.aToken') }) : unknown();
    }
    case 'job.failed': {
      const p = eventPayloads['job.failed'].safeParse(event.payload);
      return p.success ? t('events.job.failed', { jobId: p.data.jobId, queue: p.data.queue, error: p.data.error }) : unknown();
    }
    case 'job.retried': {
      const p = eventPayloads['job.retried'].safeParse(event.payload);
      return p.success ? t('events.job.retried', { jobId: p.data.jobId, queue: p.data.queue }) : unknown();
    }
    case 'conversation.created':
      return t('events.conversation.created');
    case 'conversation.updated': {
      const p = eventPayloads['conversation.updated'].safeParse(event.payload);
      return p.success ? t('events.conversation.updated', { changes: p.data.changes.join(', ') }) : unknown();
    }
    case 'message.created': {
      const p = eventPayloads['message.created'].safeParse(event.payload);
      return p.success ? t(`events.message.${p.data.direction}`) : unknown();
    }
    case 'contact.updated':
      return t('events.contact.updated');
    case 'mention.created': {
      const p = eventPayloads['mention.created'].safeParse(event.payload);
      return p.success ? t('events.mention.created', { name: member(p.data.userId) }) : unknown();
    }
    case 'message.delivery': {
      const p = eventPayloads['message.delivery'].safeParse(event.payload);
      if (!p.success) return unknown();
      const status = t(`events.message.deliveryStatus.${p.data.status}`);
      return t('events.message.delivery', { status, reason: p.data.reason ? `: ${p.data.reason}` : '' });
    }
    case 'webhook.disabled': {
      const p = eventPayloads['webhook.disabled'].safeParse(event.payload);
      return p.success ? t('events.webhook.disabled', { reason: p.data.reason }) : unknown();
    }
  }
}

/** Adds the names that events themselves carry (member.added, api_token.created) to a book. */
export function learnNames(book: Map<string, string>, events: readonly DomainEvent[]): void {
  for (const event of events) {
    if (event.type === 'member.added') {
      const p = eventPayloads['member.added'].safeParse(event.payload);
      if (p.success) book.set(p.data.userId, p.data.name);
    } else if (event.type === 'api_token.created') {
      const p = eventPayloads['api_token.created'].safeParse(event.payload);
      if (p.success) book.set(p.data.tokenId, p.data.name);
    }
  }
}
