import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useMembers } from '../api/queries';
import type { Member } from '../api/types';
import { useSession } from '../shell/SessionContext';
import { mentionAt, mentionHandle, suggestMembers } from './mentionHandle';

const none: readonly Member[] = [];

/**
 * `@` in a note offers the colleagues to mention: typing narrows the list, arrows move through it,
 * Enter or Tab puts in the handle the server will recognise, Escape closes the list.
 */
export function useMentionAutocomplete(
  enabled: boolean,
  value: string,
  onChange: (value: string) => void,
  box: RefObject<HTMLTextAreaElement | null>,
) {
  const session = useSession();
  const members = useMembers(enabled).data?.items ?? none;
  const others = useMemo(() => members.filter((m) => m.userId !== session.user.id), [members, session.user.id]);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const placeCaret = useRef<number | null>(null);

  const at = enabled ? mentionAt(value, Math.min(caret, value.length)) : null;
  const options = at ? suggestMembers(at.query, others) : [];
  const open = at !== null && options.length > 0 && closedAt !== at.start;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  // After putting a handle in, the caret goes right behind it (once the new text is rendered).
  useLayoutEffect(() => {
    const position = placeCaret.current;
    if (position === null || !box.current) return;
    placeCaret.current = null;
    box.current.setSelectionRange(position, position);
  }, [value, box]);

  const choose = (member: Member) => {
    if (!at) return;
    const before = `${value.slice(0, at.start)}@${mentionHandle(member, members)} `;
    const rest = value.slice(Math.min(caret, value.length));
    placeCaret.current = before.length;
    setCaret(before.length);
    onChange(before + rest.replace(/^ /, ''));
  };

  return {
    open,
    options,
    activeIndex,
    choose,
    handleOf: (member: Member) => mentionHandle(member, members),
    /** Call on every change and caret move; `typed` resets the highlighted suggestion. */
    track: (el: HTMLTextAreaElement, typed: boolean) => {
      setCaret(el.selectionStart);
      if (typed) setActive(0);
    },
    /** True when the key was for the suggestions (and is then handled). */
    onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
      if (!open || !at || e.ctrlKey || e.metaKey || e.altKey) return false;
      const count = options.length;
      if (e.key === 'ArrowDown') setActive((activeIndex + 1) % count);
      else if (e.key === 'ArrowUp') setActive((activeIndex - 1 + count) % count);
      else if (e.key === 'Escape') setClosedAt(at.start);
      else if (e.key === 'Enter' || e.key === 'Tab') {
        const member = options[activeIndex];
        if (member) choose(member);
      } else return false;
      e.preventDefault();
      return true;
    },
  };
}
