import { z } from 'zod';

export const roles = ['admin', 'supervisor', 'agent', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** What each role may do; the server checks these, the web app only hides what would fail. */
export const permissions = {
  'account.manage': ['admin'],
  'members.manage': ['admin'],
  'tokens.manage': ['admin'],
  'audit.read': ['admin'],
  'jobs.manage': ['admin'],
  'channels.manage': ['admin'],
  'webhooks.manage': ['admin'],
  'inbox.settings': ['admin', 'supervisor'],
  'contacts.undo_merge': ['admin'],
  'conversations.work': ['admin', 'supervisor', 'agent'],
  'conversations.read': ['admin', 'supervisor', 'agent', 'viewer'],
  'members.read': ['admin', 'supervisor', 'agent', 'viewer'],
  'events.read': ['admin', 'supervisor', 'agent', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
