import { DEFAULT_INTENTS } from '@balie/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { analysisKeys, useAnalysisProfile, type AnalysisProfile, type AnalysisRun } from '../../analysis/api';
import { intentName } from '../../analysis/labels';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SettingsSection } from './SettingsSection';
import '../../analysis/analysis.css';

/** While a re-analysis runs, its progress is asked for this often. */
const POLL_MS = 1000;

type ListField = 'brandNames' | 'handles' | 'products' | 'competitors';
const LIST_FIELDS: readonly ListField[] = ['brandNames', 'handles', 'products', 'competitors'];

/** A list typed as lines or comma-separated, trimmed, without blanks or repeats. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Who the brand is for the text analysis (names, handles, products, competitors), the account's own
 * intents and personal-data patterns, and re-analysing stored messages with live progress.
 * Admins and supervisors change it; everyone else reads it.
 */
export function AnalysisSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const profile = useAnalysisProfile();
  const save = useMutation({
    mutationFn: (body: AnalysisProfile) => api.put<AnalysisProfile>('/api/analysis/profile', body),
    onSuccess: (saved) => qc.setQueryData(analysisKeys.profile, saved),
    onSettled: () => void qc.invalidateQueries({ queryKey: analysisKeys.profile }),
  });
  return (
    <SettingsSection name="analysis" title={t('analysis.settings.title')} intro={t('analysis.settings.intro')}>
      <ErrorMessage error={profile.error} />
      {profile.isPending && <p className="muted">{t('common.loading')}</p>}
      {/* Keyed on the saved profile: a save (or a change elsewhere) resets the form to what is stored. */}
      {profile.data && (
        <ProfileForm
          key={JSON.stringify(profile.data)}
          profile={profile.data}
          canWrite={canWrite}
          saving={save.isPending}
          onSave={(body) => save.mutate(body)}
        />
      )}
      <ErrorMessage error={save.error} />
      {save.isSuccess && (
        <p className="message message-ok" role="status" data-testid="analysis-saved">
          {t('analysis.settings.saved')}
        </p>
      )}
      {!canWrite && <p className="hint">{t('analysis.settings.readOnly')}</p>}
      <Reanalysis canWrite={canWrite} />
    </SettingsSection>
  );
}

interface FormProps {
  profile: AnalysisProfile;
  canWrite: boolean;
  saving: boolean;
  onSave: (profile: AnalysisProfile) => void;
}

function ProfileForm({ profile, canWrite, saving, onSave }: FormProps) {
  const { t } = useTranslation();
  const [lists, setLists] = useState<Record<ListField, string>>({
    brandNames: profile.brandNames.join('\n'),
    handles: profile.handles.join('\n'),
    products: profile.products.join('\n'),
    competitors: profile.competitors.join('\n'),
  });
  const [intents, setIntents] = useState((profile.intents ?? []).join('\n'));
  const [patterns, setPatterns] = useState(profile.piiPatterns.map((p, i) => ({ ...p, key: i })));
  const [nextKey, setNextKey] = useState(patterns.length);

  function submit(e: FormEvent) {
    e.preventDefault();
    const ownIntents = parseList(intents);
    onSave({
      brandNames: parseList(lists.brandNames),
      handles: parseList(lists.handles),
      products: parseList(lists.products),
      competitors: parseList(lists.competitors),
      intents: ownIntents.length > 0 ? ownIntents : null,
      piiPatterns: patterns.map(({ name, pattern }) => ({ name: name.trim(), pattern })).filter((p) => p.name || p.pattern),
    });
  }

  const defaults = DEFAULT_INTENTS.map((code) => `${code} (${intentName(t, code)})`).join(', ');
  return (
    <form className="form analysis-profile" onSubmit={submit} data-testid="analysis-profile">
      <div className="form-grid">
        {LIST_FIELDS.map((field) => (
          <TextArea
            key={field}
            label={t(`analysis.settings.${field}`)}
            hint={t('analysis.settings.listHint')}
            value={lists[field]}
            onChange={(value) => setLists((prev) => ({ ...prev, [field]: value }))}
            readOnly={!canWrite}
            testId={`analysis-${field}`}
          />
        ))}
      </div>
      <TextArea
        label={t('analysis.settings.intents')}
        hint={t('analysis.settings.intentsHint', { list: defaults })}
        value={intents}
        onChange={setIntents}
        readOnly={!canWrite}
        testId="analysis-intents"
      />
      <fieldset className="analysis-patterns">
        <legend>{t('analysis.settings.piiPatterns')}</legend>
        {patterns.map((p, i) => (
          <div key={p.key} className="settings-form" data-testid="pii-pattern">
            <TextField
              label={t('analysis.settings.piiName')}
              value={p.name}
              onChange={(name) => setPatterns((prev) => prev.map((x) => (x.key === p.key ? { ...x, name } : x)))}
              readOnly={!canWrite}
              maxLength={40}
              testId={`pii-name-${i}`}
            />
            <TextField
              label={t('analysis.settings.piiPattern')}
              value={p.pattern}
              onChange={(pattern) => setPatterns((prev) => prev.map((x) => (x.key === p.key ? { ...x, pattern } : x)))}
              readOnly={!canWrite}
              maxLength={200}
              spellCheck={false}
              className="mono"
              testId={`pii-pattern-${i}`}
            />
            {canWrite && (
              <button
                type="button"
                className="button-quiet"
                onClick={() => setPatterns((prev) => prev.filter((x) => x.key !== p.key))}
                aria-label={t('analysis.settings.piiRemove', { name: p.name || String(i + 1) })}
              >
                ×
              </button>
            )}
          </div>
        ))}
        {canWrite && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setPatterns((prev) => [...prev, { name: '', pattern: '', key: nextKey }]);
              setNextKey((k) => k + 1);
            }}
            data-testid="pii-add"
          >
            {t('analysis.settings.piiAdd')}
          </button>
        )}
      </fieldset>
      {canWrite && (
        <button type="submit" disabled={saving} data-testid="analysis-save">
          {t('analysis.settings.save')}
        </button>
      )}
    </form>
  );
}

interface TextAreaProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  testId: string;
}

function TextArea({ label, hint, value, onChange, readOnly, testId }: TextAreaProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
      />
      <small id={`${id}-hint`} className="hint">
        {hint}
      </small>
    </div>
  );
}

/** Starting a re-analysis of every stored message, and its progress, polled while it runs. */
function Reanalysis({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const latest = useQuery({
    queryKey: analysisKeys.latestRun,
    queryFn: () => api.get<{ run: AnalysisRun | null }>('/api/analysis/runs/latest'),
    refetchInterval: (query) => (query.state.data?.run?.status === 'running' ? POLL_MS : false),
  });
  const start = useMutation({
    mutationFn: () => api.post<AnalysisRun>('/api/analysis/runs'),
    onSuccess: (run) => qc.setQueryData(analysisKeys.latestRun, { run }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: analysisKeys.latestRun });
    },
  });
  const run = latest.data?.run ?? null;
  const running = run?.status === 'running';
  const wasRunning = useRef(running);
  useEffect(() => {
    // A finished run changed the stored analyses: the thread, the queue's chips and its filters.
    if (wasRunning.current && !running) {
      void qc.invalidateQueries({ queryKey: keys.queues });
      void qc.invalidateQueries({ queryKey: keys.conversations });
    }
    wasRunning.current = running;
  }, [running, qc]);
  const status = !run
    ? ''
    : run.status === 'running'
      ? t('analysis.settings.running', { done: run.done, total: run.total })
      : run.status === 'done'
        ? t('analysis.settings.done', { total: run.total })
        : t('analysis.settings.failed', { done: run.done, total: run.total });
  const percent = run && run.total > 0 ? Math.round((run.done / run.total) * 100) : running ? 0 : 100;

  return (
    <div className="analysis-runs" data-testid="analysis-runs">
      {canWrite && (
        <p>
          <button type="button" disabled={running || start.isPending} onClick={() => start.mutate()} data-testid="reanalyse">
            {t('analysis.settings.reanalyse')}
          </button>{' '}
          <span className="hint">{t('analysis.settings.reanalyseHint')}</span>
        </p>
      )}
      <ErrorMessage error={start.error ?? latest.error} />
      {run && (
        <div data-testid="analysis-run" data-status={run.status}>
          <p role="status">{status}</p>
          <div
            className="progress"
            role="progressbar"
            aria-label={t('analysis.settings.progress')}
            aria-valuemin={0}
            aria-valuemax={run.total}
            aria-valuenow={run.done}
            aria-valuetext={status}
            data-testid="analysis-progress"
          >
            <span className="progress-bar" style={{ width: `${percent}%` }} data-status={run.status} />
          </div>
        </div>
      )}
    </div>
  );
}
