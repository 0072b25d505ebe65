import {
  AttributeDefinition,
  AttributeDefinitionList,
  Contact,
  ContactConversations,
  ContactMerge,
  ContactNote,
  ContactNoteRequest,
  CreateAttributeDefinitionRequest,
  IdParam,
  LinkIdentityRequest,
  MergeContactsRequest,
  UpdateContactRequest,
} from '@balie/contracts';
import {
  addContactNote,
  createAttributeDefinition,
  getContact,
  linkIdentity,
  listContactConversations,
  listAttributeDefinitions,
  mergeContacts,
  undoContactMerge,
  updateContact,
} from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctx, type RouteDeps } from './types';

/** The customer record: profile, custom attributes, identities, notes, merging. */
export async function contactRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];
  const params = IdParam;

  r.get('/api/contacts/:id', { schema: { tags, params, response: { 200: Contact } } }, (req) =>
    getContact({ ...ctx(req, deps), contactId: req.params.id }),
  );
  r.get('/api/contacts/:id/conversations', { schema: { tags, params, response: { 200: ContactConversations } } }, (req) =>
    listContactConversations({ ...ctx(req, deps), contactId: req.params.id }),
  );
  r.patch('/api/contacts/:id', { schema: { tags, params, body: UpdateContactRequest, response: { 200: Contact } } }, (req) =>
    updateContact({ ...ctx(req, deps), contactId: req.params.id, ...req.body }),
  );
  r.post(
    '/api/contacts/:id/notes',
    { schema: { tags, params, body: ContactNoteRequest, response: { 201: ContactNote } } },
    async (req, reply) =>
      reply.code(201).send(await addContactNote({ ...ctx(req, deps), contactId: req.params.id, body: req.body.body })),
  );
  r.post(
    '/api/contacts/:id/identities',
    { schema: { tags, params, body: LinkIdentityRequest, response: { 200: Contact } } },
    (req) => linkIdentity({ ...ctx(req, deps), contactId: req.params.id, ...req.body }),
  );
  r.post(
    '/api/contacts/:id/merge',
    {
      schema: {
        tags,
        params,
        body: MergeContactsRequest,
        response: { 200: z.object({ merge: ContactMerge, contact: Contact }) },
      },
    },
    (req) => mergeContacts({ ...ctx(req, deps), targetContactId: req.params.id, sourceContactId: req.body.sourceContactId }),
  );
  r.post('/api/contact-merges/:id/undo', { schema: { tags, params, response: { 200: Contact } } }, (req) =>
    undoContactMerge({ ...ctx(req, deps), mergeId: req.params.id }),
  );
  r.get('/api/contact-attributes', { schema: { tags, response: { 200: AttributeDefinitionList } } }, (req) =>
    listAttributeDefinitions(ctx(req, deps)),
  );
  r.post(
    '/api/contact-attributes',
    { schema: { tags, body: CreateAttributeDefinitionRequest, response: { 201: AttributeDefinition } } },
    async (req, reply) => reply.code(201).send(await createAttributeDefinition({ ...ctx(req, deps), ...req.body })),
  );
}
