/**
 * The smallest shared enums, in a file of their own so that the inbox and analysis contracts can
 * both use them without importing each other (a module cycle breaks zod's top-level schemas).
 */
import { z } from 'zod';

export const ChannelKind = z.enum(['web_chat', 'api', 'email', 'x', 'facebook', 'instagram', 'whatsapp', 'telegram']);
export type ChannelKind = z.infer<typeof ChannelKind>;
export const Urgency = z.enum(['low', 'normal', 'high', 'urgent']);
export type Urgency = z.infer<typeof Urgency>;
