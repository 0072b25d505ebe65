import type { WidgetSettings } from '@balie/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { ColourField, TextAreaField } from './fields';
import {
  DELAY_MAX,
  DELAY_MIN,
  fromDraft,
  LANGS,
  MAX_ORIGINS,
  toDraft,
  type DraftErrors,
  type Lang,
  type WidgetDraft,
} from './form';
import { HoursFields } from './HoursFields';

interface Props {
  settings: WidgetSettings;
  canWrite: boolean;
  saving: boolean;
  onSave: (settings: WidgetSettings) => void;
}

/** Every setting of one widget. Read-only (disabled) for those who may not change it. */
export function WidgetForm({ settings, canWrite, saving, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<WidgetDraft>(() => toDraft(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const delayBox = useRef<HTMLDivElement>(null);
  const originsRef = useRef<HTMLTextAreaElement>(null);
  const update = (patch: Partial<WidgetDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (lang: Lang, field: 'title' | 'greeting' | 'proactiveMessage', value: string) =>
    update({ texts: { ...draft.texts, [lang]: { ...draft.texts[lang], [field]: value } } });

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.delay) delayBox.current?.querySelector('input')?.focus();
      else originsRef.current?.focus();
      return;
    }
    setErrors({});
    onSave(result.settings);
  }

  const originsError = errors.origins
    ? t('widgetSettings.origins.invalid', { lines: errors.origins.join(', ') })
    : errors.tooManyOrigins
      ? t('widgetSettings.origins.tooMany', { max: MAX_ORIGINS })
      : undefined;
  const delayError = errors.delay ? t('widgetSettings.proactive.delayInvalid', { min: DELAY_MIN, max: DELAY_MAX }) : undefined;

  return (
    <form className="form widget-form" onSubmit={submit} noValidate data-testid="widget-form">
      <fieldset className="widget-plain" disabled={!canWrite}>
        <fieldset className="widget-group">
          <legend>{t('widgetSettings.appearance.legend')}</legend>
          <div className="form-grid">
            <ColourField
              label={t('widgetSettings.appearance.primaryColour')}
              value={draft.primaryColour}
              onChange={(primaryColour) => update({ primaryColour })}
              testId="widget-primary-colour"
            />
            <ColourField
              label={t('widgetSettings.appearance.textColour')}
              value={draft.textColour}
              onChange={(textColour) => update({ textColour })}
              testId="widget-text-colour"
            />
            <SelectField
              label={t('widgetSettings.appearance.position')}
              value={draft.position}
              options={[
                { value: 'right', label: t('widgetSettings.appearance.right') },
                { value: 'left', label: t('widgetSettings.appearance.left') },
              ]}
              onChange={(position) => update({ position })}
              disabled={!canWrite}
              testId="widget-position"
            />
            <SelectField
              label={t('widgetSettings.appearance.defaultLanguage')}
              value={draft.defaultLanguage}
              options={LANGS.map((l) => ({ value: l, label: t(`widgetSettings.lang.${l}`) }))}
              onChange={(defaultLanguage) => update({ defaultLanguage })}
              disabled={!canWrite}
              testId="widget-default-language"
            />
          </div>
          <p className="widget-preview" style={{ background: draft.primaryColour, color: draft.textColour }}>
            {t('widgetSettings.appearance.preview')}
          </p>
        </fieldset>

        <fieldset className="widget-group">
          <legend>{t('widgetSettings.texts.legend')}</legend>
          <p className="hint">{t('widgetSettings.texts.hint')}</p>
          <div className="form-grid">
            {LANGS.map((lang) => (
              <fieldset key={lang} className="widget-group widget-lang" lang={lang}>
                <legend>{t(`widgetSettings.lang.${lang}`)}</legend>
                <TextField
                  label={t('widgetSettings.texts.title')}
                  value={draft.texts[lang].title}
                  onChange={(v) => setText(lang, 'title', v)}
                  maxLength={80}
                  testId={`widget-title-${lang}`}
                />
                <TextAreaField
                  label={t('widgetSettings.texts.greeting')}
                  hint={t('widgetSettings.texts.greetingHint')}
                  value={draft.texts[lang].greeting}
                  onChange={(v) => setText(lang, 'greeting', v)}
                  maxLength={500}
                  rows={3}
                  testId={`widget-greeting-${lang}`}
                />
              </fieldset>
            ))}
          </div>
        </fieldset>

        <HoursFields draft={draft} update={update} />

        <fieldset className="widget-group">
          <legend>{t('widgetSettings.proactive.legend')}</legend>
          <p className="hint">{t('widgetSettings.proactive.hint')}</p>
          <div ref={delayBox}>
            <TextField
              label={t('widgetSettings.proactive.delay')}
              hint={delayError ?? t('widgetSettings.proactive.delayHint', { min: DELAY_MIN, max: DELAY_MAX })}
              type="number"
              inputMode="numeric"
              min={DELAY_MIN}
              max={DELAY_MAX}
              step={1}
              value={draft.proactiveDelay}
              onChange={(proactiveDelay) => update({ proactiveDelay })}
              aria-invalid={delayError ? true : undefined}
              className={delayError ? 'widget-invalid' : undefined}
              testId="widget-proactive-delay"
            />
          </div>
          <div className="form-grid">
            {LANGS.map((lang) => (
              <TextAreaField
                key={lang}
                label={t('widgetSettings.proactive.message', { language: t(`widgetSettings.lang.${lang}`) })}
                value={draft.texts[lang].proactiveMessage}
                onChange={(v) => setText(lang, 'proactiveMessage', v)}
                maxLength={300}
                testId={`widget-proactive-${lang}`}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="widget-group">
          <legend>{t('widgetSettings.origins.legend')}</legend>
          <TextAreaField
            ref={originsRef}
            label={t('widgetSettings.origins.label')}
            hint={t('widgetSettings.origins.hint')}
            error={originsError}
            value={draft.origins}
            onChange={(origins) => update({ origins })}
            rows={4}
            testId="widget-origins"
          />
          {!draft.origins.trim() && <p className="hint">{t('widgetSettings.origins.none')}</p>}
        </fieldset>
      </fieldset>
      {canWrite && (
        <button type="submit" className="button-primary" disabled={saving} data-testid="widget-save">
          {saving ? t('common.saving') : t('common.save')}
        </button>
      )}
      {(errors.origins ?? errors.tooManyOrigins ?? errors.delay) && (
        <p className="message message-error" role="alert">
          {t('widgetSettings.checkFields')}
        </p>
      )}
    </form>
  );
}
