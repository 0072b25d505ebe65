import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CopyButton } from './CopyButton';

interface Props {
  title: string;
  /** Why to copy it now: it is never shown again. */
  warning: string;
  label: string;
  copyLabel: string;
  doneLabel: string;
  secret: string;
  /** `testId`, `testId-value`, `testId-copy` and `testId-done` name the parts for tests. */
  testId: string;
  onDone: () => void;
  children?: ReactNode;
}

/** A secret just made (API token, signing or identity secret): shown this once, with copy; focus moves here. */
export function SecretShownOnce({ title, warning, label, copyLabel, doneLabel, secret, testId, onDone, children }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  return (
    <div className="card secret" role="region" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="break">
        {title}
      </h3>
      <p className="message message-error">{warning}</p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <div className="secret-row">
          <input
            id={id}
            readOnly
            value={secret}
            className="mono"
            onFocus={(e) => e.target.select()}
            data-testid={`${testId}-value`}
          />
          <CopyButton text={secret} label={copyLabel} testId={`${testId}-copy`} />
        </div>
      </div>
      {children}
      <button type="button" className="button-primary" onClick={onDone} data-testid={`${testId}-done`}>
        {doneLabel}
      </button>
    </div>
  );
}
