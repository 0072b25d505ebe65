/**
 * @module @balie/channels
 * The channel contract, the registry of adapters, and one folder per channel (website chat, API,
 * later Meta, WhatsApp, X, Telegram, e-mail). Adapters are pure where they can be (verify, parse)
 * and talk to the outside only in `send`, which runs inside a job with the SSRF-guarded HTTP
 * client. Inbound messages enter the inbox through core's recordInbound (the ingest job).
 */
export { ChannelKind } from '@balie/contracts';
export * from './contract';
export {
  connectableKinds,
  channelAdapters,
  adapterFor,
  requireAdapter,
  isConnectable,
  type ConnectableKind,
  type AnyChannelAdapter,
} from './registry';
export { apiChannel, ApiChannelConfig, hashChannelToken } from './api/adapter';
export { createSafeHttpClient, isPrivateAddress } from './http/safe-http';
export { classifyHttpResult, classifyHttpFailure } from './http/classify';
export { signBody, signatureHeaders, verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './http/signing';
export {
  webChatChannel,
  WebChatConfig,
  WebChatPayload,
  VISITOR_HEADER,
  hashWidgetToken,
  webChatExternalId,
  originAllowed,
  newSecret,
} from './web-chat/adapter';
export { signVisitorToken, readVisitorToken, identityHash, verifyIdentityHash } from './web-chat/visitor-token';
