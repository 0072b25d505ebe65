/**
 * The website chat widget: its settings (admin), the public part the loader and the chat app read,
 * the visitor's requests and the messages on the visitor's socket. Safe in the browser.
 */
import { z } from 'zod';

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f6feb');
const Line = (max: number) => z.string().trim().max(max);
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00');

/** Texts the visitor sees, in one language; empty fields fall back to the built-in wording. */
export const WidgetTexts = z.strictObject({
  title: Line(80).default(''),
  greeting: Line(500).default(''),
  awayMessage: Line(500).default(''),
  proactiveMessage: Line(300).default(''),
});
export type WidgetTexts = z.infer<typeof WidgetTexts>;

/** Whether the runtime knows this IANA time zone (an unknown one would make the hours meaningless). */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const BusinessHours = z.strictObject({
  enabled: z.boolean().default(false),
  /** IANA time zone the hours are in. */
  timeZone: z
    .string()
    .trim()
    .max(60)
    .refine(isKnownTimeZone, 'an IANA time zone like Europe/Amsterdam')
    .default('Europe/Amsterdam'),
  /** One entry per open day (0 = Sunday … 6 = Saturday); a day without an entry is closed. */
  days: z
    .array(z.strictObject({ day: z.number().int().min(0).max(6), open: Time, close: Time }))
    .max(14)
    .default([]),
  /** Outside the hours: ask the visitor for an e-mail address so that we can answer later. */
  askEmail: z.boolean().default(true),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

const Origin = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'an origin like https://www.example.nl (no path)');

export const WidgetSettings = z.strictObject({
  primaryColour: Colour.default('#1f6feb'),
  textColour: Colour.default('#ffffff'),
  position: z.enum(['right', 'left']).default('right'),
  /** Which language the widget speaks when the page and browser say nothing; Dutch otherwise. */
  defaultLanguage: z.enum(['nl', 'en']).default('nl'),
  texts: z
    .strictObject({ nl: WidgetTexts.default(WidgetTexts.parse({})), en: WidgetTexts.default(WidgetTexts.parse({})) })
    .default({ nl: WidgetTexts.parse({}), en: WidgetTexts.parse({}) }),
  businessHours: BusinessHours.default(BusinessHours.parse({})),
  /** Seconds on the page before the proactive greeting shows; null: no proactive greeting. */
  proactiveDelaySeconds: z.number().int().min(3).max(600).nullable().default(null),
  /** Pages that may embed the widget; every widget request and socket from another origin is refused. */
  allowedOrigins: z.array(Origin).max(20).default([]),
});
export type WidgetSettings = z.infer<typeof WidgetSettings>;
export const defaultWidgetSettings = (): WidgetSettings => WidgetSettings.parse({});

/** What the loader and the chat app get: no secrets, no allowed origins. */
export const WidgetPublicConfig = z.object({
  primaryColour: z.string(),
  textColour: z.string(),
  position: z.enum(['right', 'left']),
  defaultLanguage: z.enum(['nl', 'en']),
  texts: z.object({ nl: WidgetTexts, en: WidgetTexts }),
  proactiveDelaySeconds: z.number().nullable(),
  /** False outside business hours: the widget shows the away message (and asks for an e-mail). */
  open: z.boolean(),
  askEmail: z.boolean(),
  maxImageBytes: z.number().int(),
  imageTypes: z.array(z.string()),
});
export type WidgetPublicConfig = z.infer<typeof WidgetPublicConfig>;

export const WidgetTokenQuery = z.strictObject({ token: z.string().min(10).max(100) });

/** A new visitor's token: signed by the server, kept in the browser, the key to the visitor's conversation. */
export const WidgetSession = z.object({ visitorToken: z.string(), visitorId: z.string() });

export const WidgetAttachment = z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number() });
/** A message as the visitor sees it: never notes, never another conversation's. */
export const WidgetMessage = z.object({
  id: z.uuid(),
  from: z.enum(['visitor', 'agent']),
  body: z.string(),
  /** The agent's name on replies; null on the visitor's own messages. */
  authorName: z.string().nullable(),
  /** Initials for the agent's avatar. */
  authorInitials: z.string().nullable(),
  status: z.string(),
  attachments: z.array(WidgetAttachment),
  createdAt: z.string(),
});
export type WidgetMessage = z.infer<typeof WidgetMessage>;
export const WidgetHistory = z.object({
  messages: z.array(WidgetMessage),
  /** Open the socket with `after=lastSeq`: anything newer arrives there, nothing is lost in between. */
  lastSeq: z.number().int(),
});

export const WidgetSendRequest = z.strictObject({
  /** The app's id for this message: sending it again (a retry after a dropped answer) is a no-op. */
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  text: z.string().trim().min(1).max(5000),
  /** Outside business hours the visitor may leave an address to be answered by e-mail. */
  email: z.email().max(200).optional(),
  language: z.enum(['nl', 'en']).optional(),
});
export const WidgetSendAnswer = z.object({ message: WidgetMessage, duplicate: z.boolean() });

export const WidgetImageQuery = z.strictObject({
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  filename: z.string().trim().min(1).max(200),
});

/** A website tells who its signed-in customer is; `hash` = HMAC-SHA256(identity secret, userId), hex. */
export const WidgetIdentifyRequest = z.strictObject({
  userId: z.string().trim().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{64}$/i),
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(200).optional(),
  customerNumber: z.string().trim().min(1).max(100).optional(),
});
export const WidgetIdentified = z.object({ contactId: z.uuid(), merged: z.boolean() });

export const WidgetReadRequest = z.strictObject({ messageId: z.uuid() });

/** Visitor → server over the socket. */
export const WidgetClientMessage = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('typing'), typing: z.boolean() }),
]);
/** Server → visitor over the socket. */
export const WidgetServerMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello'), lastSeq: z.number().int() }),
  z.object({ kind: z.literal('message'), seq: z.number().int(), message: WidgetMessage }),
  z.object({ kind: z.literal('status'), seq: z.number().int(), messageId: z.uuid(), status: z.string() }),
  z.object({ kind: z.literal('typing'), name: z.string(), typing: z.boolean() }),
  /** An agent has the conversation open: the visitor's messages so far are seen. */
  z.object({ kind: z.literal('seen') }),
]);
export type WidgetServerMessage = z.infer<typeof WidgetServerMessage>;

/** The admin's view of a widget: settings and the public token for the embed snippet (no secrets). */
export const WidgetAdmin = z.object({
  connectionId: z.uuid(),
  name: z.string(),
  widgetToken: z.string(),
  settings: WidgetSettings,
});
export const WidgetAdminList = z.object({ items: z.array(WidgetAdmin) });
export const CreateWidgetRequest = z.strictObject({
  name: z.string().trim().min(1).max(120),
  settings: WidgetSettings.optional(),
});
/** The identity secret is in this answer only: copy it into the website's server configuration now. */
export const CreatedWidget = WidgetAdmin.extend({ identitySecret: z.string() });
export const IdentitySecretAnswer = z.object({ identitySecret: z.string() });

/**
 * Whether `at` is inside the business hours (pure; the server decides, the widget shows). Hours
 * that close before they open run past midnight.
 */
export function isWithinBusinessHours(hours: BusinessHours, at: Date): boolean {
  if (!hours.enabled) return true;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: hours.timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(at);
  } catch {
    return true;
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const now = `${get('hour')}:${get('minute')}`;
  const yesterday = (day + 6) % 7;
  return hours.days.some((d) =>
    d.open <= d.close
      ? d.day === day && now >= d.open && now < d.close
      : (d.day === day && now >= d.open) || (d.day === yesterday && now < d.close),
  );
}
