/** The moments the snooze menu offers, in the agent's own time zone. */
export const snoozePresets = ['hour', 'tomorrow', 'nextWeek'] as const;
export type SnoozePreset = (typeof snoozePresets)[number];

const MORNING_HOUR = 9;

export function snoozeUntil(preset: SnoozePreset, now: Date = new Date()): Date {
  if (preset === 'hour') return new Date(now.getTime() + 60 * 60_000);
  const at = new Date(now);
  at.setHours(MORNING_HOUR, 0, 0, 0);
  if (preset === 'tomorrow') {
    at.setDate(at.getDate() + 1);
    return at;
  }
  // Monday of next week at nine (getDay: Sunday 0 … Saturday 6).
  const daysToMonday = (8 - at.getDay()) % 7 || 7;
  at.setDate(at.getDate() + daysToMonday);
  return at;
}
