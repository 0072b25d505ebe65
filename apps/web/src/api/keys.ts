/** Query keys of the client cache, in one place so realtime updates hit the same entries. */
export interface AuditFilters {
  action: string;
  targetType: string;
}

export const keys = {
  setup: ['setup'] as const,
  session: ['session'] as const,
  account: ['account'] as const,
  members: ['members'] as const,
  tokens: ['tokens'] as const,
  audit: ['audit'] as const,
  auditFiltered: (filters: AuditFilters) => ['audit', filters] as const,
  failedJobs: ['jobs', 'failed'] as const,
  events: (accountId: string) => ['events', accountId] as const,
};

/** Queries that survive an account switch; everything else belongs to one account. */
export const accountIndependent: ReadonlySet<unknown> = new Set(['setup', 'session']);
