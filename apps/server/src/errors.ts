import { AppError, errorCatalogue, type ErrorBody, type ErrorCode } from '@balie/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** Fastify's own error codes, mapped onto our catalogue. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_RATE_LIMIT: 'rate_limited',
};

export function errorBody(code: ErrorCode, message?: string, details?: unknown): ErrorBody {
  return { error: { code, message: message ?? errorCatalogue[code].message, ...(details === undefined ? {} : { details }) } };
}

function toAppError(err: FastifyError | Error): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({ path: v.instancePath || '/', message: v.message }));
    return new AppError('validation_failed', undefined, { issues });
  }
  const fe = err as FastifyError;
  if (fe.code && FASTIFY_CODES[fe.code]) return new AppError(FASTIFY_CODES[fe.code]!);
  // JSON.parse errors raised by the body parser carry statusCode 400 and no code in some paths.
  if (fe.statusCode === 400 && err instanceof SyntaxError) return new AppError('malformed_json');
  if (fe.statusCode === 429) return new AppError('rate_limited');
  return new AppError('internal');
}

/** The one place where errors become HTTP responses: a stable code, never a stack trace. */
export function handleError(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(err);
  if (appError.code === 'internal') req.log.error({ err }, 'unhandled error');
  else req.log.debug({ code: appError.code }, 'request refused');
  if (appError.code === 'login_locked' || appError.code === 'rate_limited') {
    const wait = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (wait) void reply.header('retry-after', String(wait));
  }
  void reply.code(appError.status).send(errorBody(appError.code, appError.message, appError.details));
}
