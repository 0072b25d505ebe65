import { Attachment, AttachmentUploadQuery, IdParam } from '@balie/contracts';
import { ALLOWED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, readAttachment, storeAttachment } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/**
 * Files for replies: uploaded as the raw body (Content-Type = the file's type), checked by their
 * bytes, served back as downloads that a browser will not run.
 */
export async function attachmentRoutes(app: FastifyInstance, deps: RouteDeps) {
  // Raw bodies for the allowed file types only, in this plugin's scope; the API stays JSON elsewhere.
  app.addContentTypeParser(ALLOWED_ATTACHMENT_TYPES, { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['attachments'];
  r.post(
    '/api/conversations/:id/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      schema: { tags, params: IdParam, querystring: AttachmentUploadQuery, response: { 201: Attachment } },
    },
    async (req, reply) => {
      const data = req.body as Buffer;
      const stored = await storeAttachment({
        ...ctx(req, deps),
        conversationId: req.params.id,
        filename: req.query.filename,
        declaredType: req.headers['content-type'],
        data,
      });
      return reply.code(201).send(stored);
    },
  );
  r.get('/api/attachments/:id', { schema: { tags, params: IdParam } }, async (req, reply) => {
    const file = await readAttachment({ ...ctx(req, deps), attachmentId: req.params.id });
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=3600')
      .send(file.data);
  });
}
