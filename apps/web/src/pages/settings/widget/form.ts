/**
 * The widget form's state and its way back to WidgetSettings: pure, so the rules (origins one per
 * line, an empty delay switching the proactive greeting off, one opening per weekday) are tested
 * without a browser.
 */
import type { WidgetSettings, WidgetTexts } from '@balie/contracts';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
/** Monday first, as the week is read in the Netherlands; 0 = Sunday as in the settings. */
export const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];
export const DELAY_MIN = 3;
export const DELAY_MAX = 600;
export const MAX_ORIGINS = 20;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

type Day = WidgetSettings['businessHours']['days'][number];

export interface DayDraft {
  open: boolean;
  from: string;
  to: string;
}

export interface WidgetDraft {
  primaryColour: string;
  textColour: string;
  position: WidgetSettings['position'];
  defaultLanguage: Lang;
  texts: Record<Lang, WidgetTexts>;
  hoursEnabled: boolean;
  timeZone: string;
  /** One opening per weekday, keyed by day number. */
  days: Record<number, DayDraft>;
  /** Second openings on a day (possible through the API): kept as they are. */
  extraDays: Day[];
  askEmail: boolean;
  /** Seconds as typed; empty = no proactive greeting. */
  proactiveDelay: string;
  /** Allowed origins, one per line. */
  origins: string;
}

export interface DraftErrors {
  /** The lines that are not an origin. */
  origins?: string[];
  tooManyOrigins?: boolean;
  delay?: boolean;
}

export type DraftResult = { ok: true; settings: WidgetSettings } | { ok: false; errors: DraftErrors };

export function toDraft(s: WidgetSettings): WidgetDraft {
  const days: Record<number, DayDraft> = {};
  const extraDays: Day[] = [];
  for (const d of s.businessHours.days) {
    if (days[d.day]) extraDays.push(d);
    else days[d.day] = { open: true, from: d.open, to: d.close };
  }
  for (const day of WEEK) days[day] ??= { open: false, from: '09:00', to: '17:00' };
  return {
    primaryColour: s.primaryColour,
    textColour: s.textColour,
    position: s.position,
    defaultLanguage: s.defaultLanguage,
    texts: { nl: { ...s.texts.nl }, en: { ...s.texts.en } },
    hoursEnabled: s.businessHours.enabled,
    timeZone: s.businessHours.timeZone,
    days,
    extraDays,
    askEmail: s.businessHours.askEmail,
    proactiveDelay: s.proactiveDelaySeconds === null ? '' : String(s.proactiveDelaySeconds),
    origins: s.allowedOrigins.join('\n'),
  };
}

/** An origin as the server keeps it (lower case, no trailing slash), or null when it is not one. */
export function normaliseOrigin(line: string): string | null {
  const origin = line.trim().toLowerCase().replace(/\/$/, '');
  return ORIGIN.test(origin) ? origin : null;
}

/** The non-empty lines: valid origins (deduplicated) and the lines that are not. */
export function parseOrigins(text: string): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const origin = normaliseOrigin(line);
    if (origin === null) invalid.push(line.trim());
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid };
}

function parseDelay(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= DELAY_MIN && n <= DELAY_MAX ? n : undefined;
}

export function fromDraft(d: WidgetDraft): DraftResult {
  const errors: DraftErrors = {};
  const { origins, invalid } = parseOrigins(d.origins);
  if (invalid.length) errors.origins = invalid;
  if (origins.length > MAX_ORIGINS) errors.tooManyOrigins = true;
  const delay = parseDelay(d.proactiveDelay);
  if (delay === undefined) errors.delay = true;
  if (Object.keys(errors).length || delay === undefined) return { ok: false, errors };
  const trimTexts = (x: WidgetTexts): WidgetTexts => ({
    title: x.title.trim(),
    greeting: x.greeting.trim(),
    awayMessage: x.awayMessage.trim(),
    proactiveMessage: x.proactiveMessage.trim(),
  });
  const days: Day[] = WEEK.flatMap((day) => {
    const open = d.days[day];
    return open?.open ? [{ day, open: open.from, close: open.to }] : [];
  });
  return {
    ok: true,
    settings: {
      primaryColour: d.primaryColour,
      textColour: d.textColour,
      position: d.position,
      defaultLanguage: d.defaultLanguage,
      texts: { nl: trimTexts(d.texts.nl), en: trimTexts(d.texts.en) },
      businessHours: {
        enabled: d.hoursEnabled,
        timeZone: d.timeZone.trim() || 'Europe/Amsterdam',
        days: [...days, ...d.extraDays.filter((x) => d.days[x.day]?.open)],
        askEmail: d.askEmail,
      },
      proactiveDelaySeconds: delay,
      allowedOrigins: origins,
    },
  };
}

/** The snippet a website puts on every page. */
export function embedSnippet(balieOrigin: string, widgetToken: string): string {
  return `<script src="${balieOrigin}/widget.js" data-balie="${widgetToken}" async></script>`;
}

/**
 * How a website identifies its signed-in customer. The loader is async; until it is ready the stub
 * queues the call (`Balie.q`), and the loader runs it once it is, so no waiting is needed.
 */
export function identifyExample(comment: string): string {
  return [
    '<script>',
    `  // ${comment}`,
    "  window.Balie = window.Balie || { q: [], identify: function (who) { this.q.push(['identify', who]); } };",
    "  Balie.identify({ userId: '12345', hash: '<hex>', name: 'Jan Jansen', email: 'jan@example.nl', customerNumber: 'K-1001' });",
    '</script>',
  ].join('\n');
}
