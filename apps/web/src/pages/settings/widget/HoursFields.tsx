import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { CheckboxField, TextAreaField } from './fields';
import { LANGS, WEEK, type DayDraft, type WidgetDraft } from './form';

const DAY_KEYS = { 0: 'sun', 1: 'mon', 2: 'tue', 3: 'wed', 4: 'thu', 5: 'fri', 6: 'sat' } as const;
type DayNumber = keyof typeof DAY_KEYS;
/** A day the account has not set: closed, with office hours ready when it is opened. */
const UNSET_DAY: DayDraft = { open: false, from: '09:00', to: '17:00' };

interface Props {
  draft: WidgetDraft;
  update: (patch: Partial<WidgetDraft>) => void;
}

/** Business hours: which days from when to when, and what a visitor sees outside them. */
export function HoursFields({ draft, update }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const setDay = (day: number, patch: Partial<DayDraft>) =>
    update({ days: { ...draft.days, [day]: { ...(draft.days[day] ?? UNSET_DAY), ...patch } } });

  return (
    <fieldset className="widget-group" data-testid="widget-hours">
      <legend>{t('widgetSettings.hours.legend')}</legend>
      <p className="hint">{t('widgetSettings.hours.hint')}</p>
      <CheckboxField
        label={t('widgetSettings.hours.enabled')}
        checked={draft.hoursEnabled}
        onChange={(hoursEnabled) => update({ hoursEnabled })}
        testId="widget-hours-enabled"
      />
      <TextField
        label={t('widgetSettings.hours.timeZone')}
        hint={t('widgetSettings.hours.timeZoneHint')}
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
        maxLength={60}
        testId="widget-hours-timezone"
      />
      <ul className="plain-list" aria-label={t('widgetSettings.hours.days')}>
        {WEEK.map((day) => {
          const d = draft.days[day] ?? UNSET_DAY;
          const name = t(`widgetSettings.hours.day.${DAY_KEYS[day as DayNumber]}`);
          return (
            <li key={day} className="widget-day" data-testid={`widget-day-${day}`}>
              <CheckboxField label={name} checked={d.open} onChange={(open) => setDay(day, { open })} />
              <TimeInput
                id={`${id}-${day}-from`}
                label={t('widgetSettings.hours.from', { day: name })}
                value={d.from}
                open={d.open}
                onChange={(from) => setDay(day, { from })}
              />
              <span aria-hidden="true">–</span>
              <TimeInput
                id={`${id}-${day}-to`}
                label={t('widgetSettings.hours.to', { day: name })}
                value={d.to}
                open={d.open}
                onChange={(to) => setDay(day, { to })}
              />
              {!d.open && <span className="muted">{t('widgetSettings.hours.closed')}</span>}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('widgetSettings.hours.overnight')}</p>
      <CheckboxField
        label={t('widgetSettings.hours.askEmail')}
        checked={draft.askEmail}
        onChange={(askEmail) => update({ askEmail })}
        testId="widget-hours-ask-email"
      />
      <div className="form-grid">
        {LANGS.map((lang) => (
          <TextAreaField
            key={lang}
            label={t('widgetSettings.hours.awayMessage', { language: t(`widgetSettings.lang.${lang}`) })}
            value={draft.texts[lang].awayMessage}
            onChange={(awayMessage) => update({ texts: { ...draft.texts, [lang]: { ...draft.texts[lang], awayMessage } } })}
            maxLength={500}
            testId={`widget-away-${lang}`}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** One end of a day's opening hours, labelled for screen readers only (the row shows the day). */
function TimeInput(props: { id: string; label: string; value: string; open: boolean; onChange: (value: string) => void }) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="time"
        value={props.value}
        required={props.open}
        disabled={!props.open}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}
