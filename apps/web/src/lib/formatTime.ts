/** Dates as people read them: the time alone for today, date and time otherwise. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withDate}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      ...(withDate ? { day: 'numeric', month: 'short', year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      second: withDate ? undefined : '2-digit',
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatTime(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, date.toDateString() !== now.toDateString()).format(date);
}
