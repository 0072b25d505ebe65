import { AppError, type ChannelKind } from '@balie/contracts';
import { apiChannel } from './api/adapter';
import { webChatChannel } from './web-chat/adapter';
import type { ChannelAdapter } from './contract';

/**
 * The kinds Balie can connect today. A kind listed here without an adapter below (or an adapter
 * without its kind here) does not compile. Kinds outside this list exist only as imported history
 * (the demo's X or Facebook connections): they take no webhooks and send nothing.
 */
export const connectableKinds = ['api', 'web_chat'] as const satisfies readonly ChannelKind[];
export type ConnectableKind = (typeof connectableKinds)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each adapter has its own config type
export type AnyChannelAdapter = ChannelAdapter<any>;

export const channelAdapters = {
  api: apiChannel,
  web_chat: webChatChannel,
} satisfies Record<ConnectableKind, AnyChannelAdapter>;

export function isConnectable(kind: string): kind is ConnectableKind {
  return (connectableKinds as readonly string[]).includes(kind);
}

/** The adapter of a connection's kind, or undefined for kinds that exist only as history. */
export function adapterFor(kind: string): AnyChannelAdapter | undefined {
  return isConnectable(kind) ? channelAdapters[kind] : undefined;
}

/** The adapter, or the coded refusal `channel_not_connectable`. */
export function requireAdapter(kind: string): AnyChannelAdapter {
  const adapter = adapterFor(kind);
  if (!adapter) throw new AppError('channel_not_connectable', `Balie has no adapter for ${kind} connections yet.`);
  return adapter;
}
