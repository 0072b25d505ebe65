/** Turns any failure into one sentence for the user, in the current language. */
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

export function errorMessage(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t('errors.generic');
  switch (err.code) {
    case 'login_locked':
      return lockedMessage(retryAfterSeconds(err.details), t);
    case 'validation_failed':
      return patternProblem(err.details, t) ?? t('errors.validation_failed');
    case 'invalid_credentials':
    case 'email_taken':
    case 'last_admin':
    case 'setup_done':
    case 'forbidden':
    case 'rate_limited':
    case 'not_found':
    case 'job_not_failed':
    case 'session_expired':
    case 'category_required':
    case 'snooze_in_past':
    case 'not_a_member':
    case 'invalid_transition':
    case 'reply_conflict':
    case 'identity_taken':
    case 'unknown_attribute':
    case 'merge_expired':
    case 'name_taken':
    case 'attachment_type_refused':
    case 'attachment_too_large':
    case 'body_too_large':
    case 'different_contact':
    case 'network':
      return t(`errors.${err.code}`);
    default:
      return t('errors.generic');
  }
}

function lockedMessage(seconds: number | null, t: TFunction): string {
  if (seconds === null) return t('errors.login_locked');
  if (seconds < 120) return t('errors.login_locked_seconds', { count: seconds });
  return t('errors.login_locked_minutes', { count: Math.ceil(seconds / 60) });
}

function retryAfterSeconds(details: unknown): number | null {
  if (typeof details !== 'object' || details === null || !('retryAfterSeconds' in details)) return null;
  const value = details.retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}

/** A refused PII pattern of the analysis profile says why: it is no regular expression, or it can hang the analysis. */
function patternProblem(details: unknown, t: TFunction): string | null {
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return null;
  for (const issue of details.issues as unknown[]) {
    const reason = typeof issue === 'object' && issue !== null && 'reason' in issue ? issue.reason : undefined;
    if (reason === 'unsafe_pattern' || reason === 'invalid_pattern') return t(`errors.${reason}`);
  }
  return null;
}
