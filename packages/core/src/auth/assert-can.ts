import { AppError, can, type Permission } from '@balie/contracts';
import type { Actor } from '../context';

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('forbidden');
}
