/**
 * Request and response shapes of the HTTP API. The server validates with them and generates the
 * OpenAPI document from them; the web app types its calls with them.
 */
import { z } from 'zod';
import { Role } from './roles';
import { DomainEvent } from './events';

export const Language = z.enum(['nl', 'en']);
const Email = z.email().max(254);
const Password = z.string().min(10, 'at least 10 characters').max(200);
const Name = z.string().trim().min(1).max(120);
export const IdParam = z.strictObject({ id: z.uuid() });
export const JobIdParam = z.strictObject({ id: z.coerce.number().int().positive() });

export const SetupStatus = z.object({ needed: z.boolean() });
export const SetupRequest = z.strictObject({
  accountName: Name,
  name: Name,
  email: Email,
  password: Password,
  language: Language.default('nl'),
});

export const LoginRequest = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const AccountSummary = z.object({ id: z.uuid(), name: z.string(), role: Role });

export const Session = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  account: z.object({ id: z.uuid(), name: z.string(), defaultLanguage: Language }),
  role: Role,
  accounts: z.array(AccountSummary),
  csrfToken: z.string(),
  lastSeq: z.number().int(),
});
export type Session = z.infer<typeof Session>;

export const SwitchAccountRequest = z.strictObject({ accountId: z.uuid() });

export const Account = z.object({
  id: z.uuid(),
  name: z.string(),
  defaultLanguage: Language,
  crmUrlTemplate: z.string().nullable(),
  createdAt: z.string(),
});
/** `{attribute_key}` placeholders are filled from the contact's attributes (URL-encoded). */
const CrmUrlTemplate = z
  .string()
  .trim()
  .max(500)
  .regex(/^https?:\/\/\S+$/, 'an http(s) URL with {attribute} placeholders');
export const UpdateAccountRequest = z.strictObject({
  name: Name.optional(),
  defaultLanguage: Language.optional(),
  crmUrlTemplate: CrmUrlTemplate.nullable().optional(),
});

export const Member = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  createdAt: z.string(),
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ items: z.array(Member) });
export const AddMemberRequest = z.strictObject({ name: Name, email: Email, role: Role, password: Password });
export const UpdateMemberRequest = z.strictObject({ role: Role });

export const ApiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  role: Role,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export const CreateApiTokenRequest = z.strictObject({ name: Name, role: Role });
/** The secret is shown once, at creation; only its hash is stored. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });

/** Keyset pagination: pass the `nextCursor` of one page as `cursor` for the next. */
const Limit = z.coerce.number().int().min(1).max(200).default(50);

export const AuditQuery = z.strictObject({
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(200).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: Limit,
});
export const AuditEntry = z.object({
  id: z.number().int(),
  actorType: z.enum(['user', 'token', 'system']),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.number().int().nullable() });

export const FailedJobsQuery = z.strictObject({ cursor: z.coerce.number().int().positive().optional(), limit: Limit });
export const Job = z.object({
  id: z.number().int(),
  queue: z.string(),
  status: z.enum(['pending', 'running', 'completed', 'dead']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  payload: z.unknown(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof Job>;
export const JobPage = z.object({ items: z.array(Job), nextCursor: z.number().int().nullable() });

export const EventsQuery = z.strictObject({ after: z.coerce.number().int().min(0).default(0), limit: Limit });
export const EventPage = z.object({ items: z.array(DomainEvent), lastSeq: z.number().int() });

export const Ok = z.object({ ok: z.literal(true) });
export const Health = z.object({ status: z.enum(['ok', 'not_ready']), engine: z.enum(['pglite', 'postgres']).optional() });
