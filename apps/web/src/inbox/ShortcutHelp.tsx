import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { navigationActions } from '../shell/actions';
import { inboxActions } from './actions';

function Keys({ keys }: { keys: string }) {
  const { t } = useTranslation();
  const parts = keys.split(' ');
  return (
    <span className="keys">
      {parts.map((k, i) => (
        <span key={k + i}>
          {i > 0 && ` ${t('inbox.shortcuts.then')} `}
          <kbd>{k}</kbd>
        </span>
      ))}
    </span>
  );
}

/** The keyboard shortcuts of the inbox and the navigation, read from the same lists that run them. */
export function ShortcutHelp({ open, role, onClose }: { open: boolean; role: Role; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const inbox = inboxActions.filter((a) => a.visible({ role, hasSelection: true }));
  const nav = navigationActions.filter((a) => a.visible({ role }));
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcut-help-title" onClose={onClose} data-testid="shortcut-help">
      <h2 id="shortcut-help-title">{t('inbox.shortcuts.title')}</h2>
      <h3>{t('inbox.shortcuts.inbox')}</h3>
      <dl className="shortcut-list">
        {inbox.map((a) => (
          <div key={a.id}>
            <dt>
              <Keys keys={a.keys} />
            </dt>
            <dd>{t(a.label)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Ctrl</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>{t('inbox.shortcuts.send')}</dd>
        </div>
        <div>
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>{t('inbox.shortcuts.search')}</dd>
        </div>
      </dl>
      <h3>{t('inbox.shortcuts.navigation')}</h3>
      <dl className="shortcut-list">
        {nav.map((a) => (
          <div key={a.id}>
            <dt>
              <Keys keys={a.keys} />
            </dt>
            <dd>{t(a.label)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" data-testid="shortcut-help-close">
          {t('inbox.shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
