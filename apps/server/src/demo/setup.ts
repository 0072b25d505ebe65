/**
 * The demo account's settings, made through the same use-cases an admin uses: the six channels,
 * labels, resolution categories, two teams and five agents.
 */
import { randomBytes } from 'node:crypto';
import { AppError, type ChannelKind } from '@balie/contracts';
import { addMember, createCategory, createConnection, createLabel, createTeam, type Actor, type Db } from '@balie/core';
import { AGENTS } from './people';
import { TEAM_AGENTS, type TeamName } from './workflow';
import { CATEGORY_NAMES, LABELS, type CategoryName, type LabelName } from './scenario';

export interface Workspace {
  connections: Record<string, string>;
  labels: Record<LabelName, string>;
  categories: Record<CategoryName, string>;
  teams: Record<TeamName, string>;
  /** In the order of AGENTS; they act as themselves (their name is on their replies). */
  agents: Actor[];
}

const CONNECTIONS: Array<[ChannelKind, string]> = [
  ['x', '@Polderlink'],
  ['facebook', 'Polderlink op Facebook'],
  ['instagram', '@polderlink op Instagram'],
  ['whatsapp', 'WhatsApp Klantenservice'],
  ['email', 'klantenservice@polderlink.example'],
  ['web_chat', 'Chat op polderlink.example'],
];

/** Agents get addresses on a reserved domain (never a real company's) and passwords nobody sees. */
async function addAgent(db: Db, admin: Actor, agent: (typeof AGENTS)[number]): Promise<Actor> {
  const password = randomBytes(18).toString('base64url');
  const add = (email: string) => addMember({ db, actor: admin, name: agent.name, email, role: 'agent', password });
  let member;
  try {
    member = await add(`${agent.slug}@polderlink.example`);
  } catch (err) {
    // A second demo account on the same server: the user table is shared, so make the address unique.
    if (!(err instanceof AppError && err.code === 'email_taken')) throw err;
    member = await add(`${agent.slug}.${admin.accountId.slice(0, 8)}@polderlink.example`);
  }
  return { type: 'user', id: member.userId, name: agent.name, accountId: admin.accountId, role: 'agent' };
}

export async function setUpWorkspace(db: Db, admin: Actor): Promise<Workspace> {
  const ctx = { db, actor: admin };
  const connections: Record<string, string> = {};
  for (const [kind, name] of CONNECTIONS) connections[kind] = (await createConnection({ ...ctx, kind, name })).id;
  const labels = {} as Record<LabelName, string>;
  for (const [name, color] of LABELS) labels[name] = (await createLabel({ ...ctx, name, color })).id;
  const categories = {} as Record<CategoryName, string>;
  for (const name of CATEGORY_NAMES) categories[name] = (await createCategory({ ...ctx, name })).id;
  // Password hashing dominates here; the hashes run in parallel on the thread pool.
  const agents = await Promise.all(AGENTS.map((agent) => addAgent(db, admin, agent)));
  const teams = {} as Record<TeamName, string>;
  for (const [name, members] of Object.entries(TEAM_AGENTS) as Array<[TeamName, number[]]>) {
    teams[name] = (await createTeam({ ...ctx, name, memberIds: members.map((i) => agents[i]!.id!) })).id;
  }
  return { connections, labels, categories, teams, agents };
}
