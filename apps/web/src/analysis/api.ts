/** The text-analysis API as the web app uses it: the brand profile, corrections and re-analysis runs. */
import type {
  AnalysisProfile as AnalysisProfileSchema,
  AnalysisRun as AnalysisRunSchema,
  SentimentLabel,
} from '@balie/contracts';
import { DEFAULT_INTENTS } from '@balie/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';

type Out<S> = S extends { _zod: { output: infer O } } ? O : never;
export type AnalysisProfile = Out<typeof AnalysisProfileSchema>;
export type AnalysisRun = Out<typeof AnalysisRunSchema>;

export const analysisKeys = {
  profile: ['analysis', 'profile'] as const,
  latestRun: ['analysis', 'run'] as const,
};

const PROFILE_STALE_MS = 5 * 60_000;

export function useAnalysisProfile() {
  return useQuery({
    queryKey: analysisKeys.profile,
    queryFn: () => api.get<AnalysisProfile>('/api/analysis/profile'),
    staleTime: PROFILE_STALE_MS,
  });
}

/** The account's intents: its own list, or the default webcare taxonomy. */
export function useIntents(): readonly string[] {
  return useAnalysisProfile().data?.intents ?? DEFAULT_INTENTS;
}

export type CorrectionRequest = { field: 'sentiment'; value: SentimentLabel } | { field: 'intent'; value: string };

/** An agent's one-click correction; the thread, the queue and the customer's history then refetch. */
export function useCorrectAnalysis(messageId: string, conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (correction: CorrectionRequest) =>
      api.post(`/api/messages/${encodeURIComponent(messageId)}/analysis/corrections`, correction),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.conversation(conversationId) });
      void qc.invalidateQueries({ queryKey: keys.queues });
      void qc.invalidateQueries({ queryKey: keys.contactConversationLists });
    },
  });
}
