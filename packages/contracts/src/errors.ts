/**
 * The one catalogue of error codes. Every error the API returns carries one of these codes;
 * the HTTP status for each lives here and nowhere else.
 */
export const errorCatalogue = {
  malformed_json: { status: 400, message: 'The request body is not valid JSON.' },
  validation_failed: { status: 400, message: 'The request does not match the expected shape.' },
  unsupported_media_type: { status: 415, message: 'This endpoint accepts application/json only.' },
  body_too_large: { status: 413, message: 'The request body is too large.' },
  unauthenticated: { status: 401, message: 'Sign in first.' },
  session_expired: { status: 401, message: 'Your session has expired; sign in again.' },
  invalid_credentials: { status: 401, message: 'E-mail address or password is wrong.' },
  invalid_token: { status: 401, message: 'The API token is unknown or revoked.' },
  csrf_failed: { status: 403, message: 'Missing or invalid CSRF token.' },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  not_found: { status: 404, message: 'Not found.' },
  route_not_found: { status: 404, message: 'No such endpoint.' },
  method_not_allowed: { status: 405, message: 'Method not allowed.' },
  setup_done: { status: 409, message: 'Balie has already been set up.' },
  email_taken: { status: 409, message: 'A member with this e-mail address already exists.' },
  name_taken: { status: 409, message: 'Something with this name already exists.' },
  last_admin: { status: 409, message: 'An account needs at least one admin.' },
  job_not_failed: { status: 409, message: 'Only failed jobs can be retried.' },
  category_required: { status: 422, message: 'Choose a resolution category to resolve the conversation.' },
  snooze_in_past: { status: 422, message: 'Snooze until a moment in the future.' },
  not_a_member: { status: 422, message: 'That person is not a member of this account.' },
  invalid_transition: { status: 409, message: 'The conversation cannot change to that state now.' },
  reply_conflict: { status: 409, message: 'A colleague replied after you opened this conversation.' },
  identity_taken: { status: 409, message: 'This identity belongs to another contact; merge the two contacts instead.' },
  unknown_attribute: { status: 422, message: 'That contact attribute is not defined for this account.' },
  merge_expired: { status: 409, message: 'This merge can no longer be undone (after 30 days, or already undone).' },
  different_contact: { status: 422, message: 'Only conversations of the same customer can be merged.' },
  analysis_running: { status: 409, message: 'A re-analysis of this account is already running.' },
  attachment_too_large: { status: 413, message: 'The file is larger than 10 MB.' },
  attachment_type_refused: { status: 415, message: 'Only images (PNG, JPEG, GIF, WebP) and PDF files can be attached.' },
  channel_not_connectable: { status: 422, message: 'Balie cannot connect this kind of channel yet.' },
  invalid_signature: { status: 401, message: 'The request signature is missing or wrong.' },
  invalid_channel_token: { status: 401, message: 'The channel token is unknown.' },
  message_not_failed: { status: 409, message: 'Only a message whose sending failed can be sent again.' },
  private_address: { status: 422, message: 'This URL points to a private, loopback or link-local address.' },
  widget_not_found: { status: 404, message: 'No website chat widget has this token.' },
  invalid_visitor_token: { status: 401, message: 'The visitor token is missing, forged or expired; start a new chat session.' },
  origin_not_allowed: { status: 403, message: 'This website is not allowed to use this chat widget.' },
  identity_hash_invalid: { status: 403, message: 'The identity hash does not match the user id; the visitor stays anonymous.' },
  rate_limited: { status: 429, message: 'Too many requests; try again later.' },
  login_locked: { status: 429, message: 'Too many failed sign-ins; try again later.' },
  not_ready: { status: 503, message: 'The service is not ready.' },
  internal: { status: 500, message: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** Thrown by the domain and the server; the server's error handler turns it into ErrorBody. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? errorCatalogue[code].message);
    this.status = errorCatalogue[code].status;
  }
}
