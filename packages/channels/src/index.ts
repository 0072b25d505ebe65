/**
 * @module @balie/channels
 * The channel contract and one folder per channel (website chat, API, Meta, WhatsApp, X,
 * Telegram, e-mail). Adapters are pure where they can be (verify, parse) and talk to the outside
 * only in `send`, which runs inside a job. The adapters arrive with the channel issues; inbound
 * messages enter the inbox through core's recordInbound.
 */
export { ChannelKind } from '@balie/contracts';
