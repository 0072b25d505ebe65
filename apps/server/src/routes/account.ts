import {
  Account,
  AddMemberRequest,
  IdParam,
  Member,
  MemberList,
  Ok,
  UpdateAccountRequest,
  UpdateMemberRequest,
} from '@balie/contracts';
import { addMember, getAccount, listMembers, removeMember, updateAccount, updateMemberRole } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/** The account's settings and its members. */
export async function accountRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['account'];

  r.get('/api/account', { schema: { tags, response: { 200: Account } } }, (req) => getAccount(ctx(req, deps)));
  r.patch('/api/account', { schema: { tags, body: UpdateAccountRequest, response: { 200: Account } } }, (req) =>
    updateAccount({ ...ctx(req, deps), ...req.body }),
  );

  r.get('/api/members', { schema: { tags, response: { 200: MemberList } } }, (req) => listMembers(ctx(req, deps)));
  r.post('/api/members', { schema: { tags, body: AddMemberRequest, response: { 201: Member } } }, async (req, reply) => {
    const member = await addMember({ ...ctx(req, deps), ...req.body });
    return reply.code(201).send(member);
  });
  r.patch(
    '/api/members/:id',
    { schema: { tags, params: IdParam, body: UpdateMemberRequest, response: { 200: Member } } },
    (req) => updateMemberRole({ ...ctx(req, deps), userId: req.params.id, role: req.body.role }),
  );
  r.delete('/api/members/:id', { schema: { tags, params: IdParam, response: { 200: Ok } } }, async (req) => {
    await removeMember({ ...ctx(req, deps), userId: req.params.id });
    return { ok: true as const };
  });
}
