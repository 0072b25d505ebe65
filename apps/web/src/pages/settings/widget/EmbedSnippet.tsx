import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WidgetAdmin } from './api';
import { CopyButton } from '../../../components/CopyButton';
import { embedSnippet, identifyExample } from './form';

/** A block of code to copy: labelled, scrollable by keyboard at narrow widths. */
function CodeBlock({
  label,
  hint,
  code,
  copyLabel,
  testId,
}: {
  label: string;
  hint: string;
  code: string;
  copyLabel: string;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="widget-code">
      <h4 id={id}>{label}</h4>
      <p className="hint">{hint}</p>
      <pre tabIndex={0} aria-labelledby={id} data-testid={testId}>
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={copyLabel} testId={`${testId}-copy`} />
    </div>
  );
}

/** The code a website needs: the loader with this widget's public token, and identifying signed-in customers. */
export function EmbedSnippet({ widget }: { widget: WidgetAdmin }) {
  const { t } = useTranslation();
  return (
    <>
      <CodeBlock
        label={t('widgetSettings.embed.title')}
        hint={t('widgetSettings.embed.hint')}
        code={embedSnippet(window.location.origin, widget.widgetToken)}
        copyLabel={t('widgetSettings.embed.copy')}
        testId="widget-embed-snippet"
      />
      <CodeBlock
        label={t('widgetSettings.identify.title')}
        hint={t('widgetSettings.identify.hint')}
        code={identifyExample(t('widgetSettings.identify.comment'))}
        copyLabel={t('widgetSettings.identify.copy')}
        testId="widget-identify-example"
      />
    </>
  );
}
