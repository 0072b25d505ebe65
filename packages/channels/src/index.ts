/**
 * @module @balie/channels
 * The channel contract and one folder per channel (website chat, API, Meta, WhatsApp, X,
 * Telegram, e-mail). Adapters are pure where they can be (verify, parse) and talk to the outside
 * only in `send`, which runs inside a job. The first adapters arrive with the channel issues.
 */
export const channelKinds = ['web_chat', 'api', 'email', 'x', 'facebook', 'instagram', 'whatsapp', 'telegram'] as const;
export type ChannelKind = (typeof channelKinds)[number];
