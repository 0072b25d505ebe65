import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says, to screen readers too, whether that worked. */
export function CopyButton({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="widget-copy">
      <button type="button" onClick={() => void copy()} data-testid={testId}>
        {label}
      </button>
      <span role="status" className={state === 'failed' ? 'widget-error' : 'hint'}>
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
