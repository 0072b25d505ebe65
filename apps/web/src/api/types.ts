/**
 * The API's data types, read off the zod schemas in @balie/contracts so the web app and the
 * server cannot drift apart silently.
 */
import type {
  Account as AccountSchema,
  ApiToken as ApiTokenSchema,
  AuditPage as AuditPageSchema,
  CreatedApiToken as CreatedApiTokenSchema,
  EventPage as EventPageSchema,
  JobPage as JobPageSchema,
  Language as LanguageSchema,
  MemberList as MemberListSchema,
  SetupRequest as SetupRequestSchema,
  SetupStatus as SetupStatusSchema,
} from '@balie/contracts';

/** What `z.infer` gives, without making zod a dependency of the browser app's own code. */
type Out<S> = S extends { _zod: { output: infer O } } ? O : never;

export type { AuditEntry, DomainEvent, Job, Member, Role, Session } from '@balie/contracts';
export type Account = Out<typeof AccountSchema>;
export type ApiToken = Out<typeof ApiTokenSchema>;
export type AuditPage = Out<typeof AuditPageSchema>;
export type CreatedApiToken = Out<typeof CreatedApiTokenSchema>;
export type EventPage = Out<typeof EventPageSchema>;
export type JobPage = Out<typeof JobPageSchema>;
export type Language = Out<typeof LanguageSchema>;
export type MemberList = Out<typeof MemberListSchema>;
export type SetupRequest = Out<typeof SetupRequestSchema>;
export type SetupStatus = Out<typeof SetupStatusSchema>;
export type ApiTokenList = { items: ApiToken[] };
export type Ok = { ok: true };
