import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mention } from '../api/inboxTypes';

const SHOW_MS = 8_000;
const PREVIEW_CHARS = 120;

/**
 * A sentence for a mention that arrives while the app is open ("Sanne mentioned you: …"),
 * cleared after a few seconds. The ones already there at sign-in are not announced.
 */
export function useMentionAnnouncement(items: readonly Mention[] | undefined): string {
  const { t } = useTranslation();
  const known = useRef<Set<string> | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (!items) return;
    const first = known.current === null;
    const seen = known.current ?? new Set<string>();
    const fresh = items.filter((m) => !seen.has(m.id));
    for (const m of items) seen.add(m.id);
    known.current = seen;
    const newest = fresh[0];
    if (first || !newest) return;
    const body = newest.body.length > PREVIEW_CHARS ? `${newest.body.slice(0, PREVIEW_CHARS)}…` : newest.body;
    setText(t('mentions.announce', { name: newest.authorName ?? t('mentions.someone'), text: body }));
  }, [items, t]);

  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => setText(''), SHOW_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return text;
}
