import { useTranslation } from 'react-i18next';
import type { ConversationCommandMutation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { LabelChips } from './badges';
import type { Lookups } from './useLookups';

interface Props {
  conversation: ConversationSummary;
  command: ConversationCommandMutation;
  lookups: Lookups;
}

/** The conversation's labels, and a fold-out list of checkboxes to change them. */
export function LabelsPicker({ conversation: c, command, lookups }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => {
    const labelIds = on ? [...c.labelIds, id] : c.labelIds.filter((x) => x !== id);
    command.mutate({ kind: 'labels', labelIds });
  };
  return (
    <div className="labels-picker">
      <LabelChips ids={c.labelIds} lookups={lookups} />
      <details className="picker" data-testid="labels-picker">
        <summary>{t('inbox.conversation.labels')}</summary>
        <div className="picker-body">
          {lookups.labels.length === 0 && <p className="muted">{t('inbox.conversation.noLabels')}</p>}
          {lookups.labels.length > 0 && (
            <fieldset>
              <legend className="visually-hidden">{t('inbox.conversation.labels')}</legend>
              {lookups.labels.map((l) => (
                <label key={l.id} className="check">
                  <input
                    type="checkbox"
                    checked={c.labelIds.includes(l.id)}
                    disabled={command.isPending}
                    onChange={(e) => toggle(l.id, e.target.checked)}
                    data-testid="label-option"
                    data-label-id={l.id}
                  />
                  <span className="label-dot" style={{ background: l.color }} aria-hidden="true" />
                  {l.name}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      </details>
    </div>
  );
}
