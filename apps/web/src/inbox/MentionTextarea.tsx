import { useId, type KeyboardEvent, type RefObject, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMentionAutocomplete } from './useMentionAutocomplete';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onKeyDown'> {
  value: string;
  onValueChange: (value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** Offer colleagues to mention after `@` (internal notes). */
  mentions: boolean;
  boxRef: RefObject<HTMLTextAreaElement | null>;
}

/** The composer's text box; in a note, `@` opens a list of colleagues to mention. */
export function MentionTextarea({ value, onValueChange, onKeyDown, mentions, boxRef, ...rest }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const ac = useMentionAutocomplete(mentions, value, onValueChange, boxRef);
  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className="mention-field">
      <textarea
        {...rest}
        ref={boxRef}
        value={value}
        onChange={(e) => {
          ac.track(e.currentTarget, true);
          onValueChange(e.target.value);
        }}
        onSelect={(e) => ac.track(e.currentTarget, false)}
        onKeyDown={(e) => {
          if (!ac.onKeyDown(e)) onKeyDown(e);
        }}
        aria-autocomplete={mentions ? 'list' : undefined}
        aria-controls={ac.open ? listId : undefined}
        aria-activedescendant={ac.open ? optionId(ac.activeIndex) : undefined}
      />
      {ac.open && (
        <ul
          id={listId}
          role="listbox"
          className="mention-suggestions"
          aria-label={t('inbox.composer.mentionSuggestions')}
          data-testid="mention-suggestions"
        >
          {ac.options.map((m, i) => (
            <li
              key={m.userId}
              id={optionId(i)}
              role="option"
              aria-selected={i === ac.activeIndex}
              className="mention-option"
              // Mouse down, not click: the text box keeps the focus and the caret.
              onMouseDown={(e) => {
                e.preventDefault();
                ac.choose(m);
              }}
              data-testid="mention-option"
              data-user-id={m.userId}
            >
              <span className="mention-option-name">{m.name}</span> <span className="muted">@{ac.handleOf(m)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
