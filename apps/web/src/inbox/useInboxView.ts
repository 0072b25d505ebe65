/** The chosen queue tab and filters, kept for this browser tab so a reload shows the same queue. */
import { QueueTab as QueueTabSchema } from '@balie/contracts';
import { useEffect, useState } from 'react';
import { noFilters, queuePeriods, type QueueFilters, type QueueTab } from '../api/inboxTypes';

export interface InboxView {
  tab: QueueTab;
  filters: QueueFilters;
}

const STORAGE_KEY = 'balie.inbox.view';
const DEFAULT_VIEW: InboxView = { tab: 'open', filters: noFilters };

function load(): InboxView {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_VIEW;
    const { tab, filters } = raw as Partial<InboxView>;
    const parsedTab = QueueTabSchema.safeParse(tab);
    const safeFilters: QueueFilters = { ...noFilters };
    for (const key of Object.keys(noFilters) as (keyof QueueFilters)[]) {
      const value: unknown = filters?.[key];
      if (typeof value === 'string') Object.assign(safeFilters, { [key]: value });
    }
    if (!(queuePeriods as readonly string[]).includes(safeFilters.period)) safeFilters.period = '';
    if (!['', 'negative', 'neutral', 'positive', 'mixed'].includes(safeFilters.sentiment)) safeFilters.sentiment = '';
    if (!['', 'true', 'false'].includes(safeFilters.needsReply)) safeFilters.needsReply = '';
    if (!/^([a-z]{2,3})?$/.test(safeFilters.language)) safeFilters.language = '';
    if (!/^([a-z][a-z0-9_]{0,39})?$/.test(safeFilters.intent)) safeFilters.intent = '';
    return { tab: parsedTab.success ? parsedTab.data : DEFAULT_VIEW.tab, filters: safeFilters };
  } catch {
    return DEFAULT_VIEW;
  }
}

export function useInboxView(): [InboxView, (view: InboxView) => void] {
  const [view, setView] = useState(load);
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
    } catch {
      // storage can be blocked; the view then lasts for this page only
    }
  }, [view]);
  return [view, setView];
}
