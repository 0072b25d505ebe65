import type { ConversationCommandMutation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';

/**
 * The conversation as it will be once the command on its way succeeds, so a select shows the
 * agent's choice at once instead of jumping back until the server answers.
 */
export function shownSummary<C extends ConversationSummary>(c: C, command: ConversationCommandMutation): C {
  const pending = command.isPending ? command.variables : undefined;
  if (!pending) return c;
  switch (pending.kind) {
    case 'urgency':
      return { ...c, urgency: pending.urgency };
    case 'labels':
      return { ...c, labelIds: pending.labelIds };
    case 'assign':
      return {
        ...c,
        ...(pending.assigneeId !== undefined ? { assigneeId: pending.assigneeId } : {}),
        ...(pending.teamId !== undefined ? { teamId: pending.teamId } : {}),
      };
    default:
      return c;
  }
}
