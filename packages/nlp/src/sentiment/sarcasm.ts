/**
 * Dutch and English sarcasm as webcare sees it: praise about a problem ("top hoor, alweer geen
 * internet 👏", "lekker bezig", "great job, third outage this week"). A message is sarcastic when
 * it uses a sarcastic set phrase, or when praise comes with a sarcasm marker (hoor, 👏 🙄, quotes,
 * "alweer") while the same message reports something negative.
 */
import { SARCASM_EMOJI } from '../lexicon/emoji';
import type { Token } from '../text/tokenize';
import type { Item } from './items';

const REPEAT = new Set(['alweer', 'wederom', 'zoveelste', 'again', 'nogmaals']);
/** "3e keer", "derde storing", "third outage": counting the failures. */
const ORDINAL = /^(\d+e|\d+(st|nd|rd|th)|derde|vierde|vijfde|zesde|third|fourth|fifth|sixth)$/;
/** Eye-rolls that make praise sarcastic on their own ("echt top 🙄"); applause needs a problem too. */
const STRONG_EMOJI = new Set(['🙄', '🙃', '😒', '🤡']);
const MARKER_AFTER = new Set(['hoor', 'hè', 'he', 'joh', 'not', 'niet']);

export interface Sarcasm {
  value: boolean;
  cues: string[];
}

export function detectSarcasm(tokens: readonly Token[], items: readonly Item[]): Sarcasm {
  const cues: string[] = [];
  for (const it of items) if (it.phrase?.sarcastic) cues.push(it.phrase.words.join(' '));
  const praise = items.filter((it) => it.weight >= 0.3 && !it.emoji && !it.negated);
  // The problem must be something other than the praise itself.
  const problem = items.some(
    (it) => it.weight <= -0.3 && !it.phrase?.sarcastic && !SARCASM_EMOJI.has(tokens[it.first]?.norm ?? ''),
  );
  let markers = 0;
  const mark = (cue: string, strength = 1) => {
    markers += strength;
    cues.push(cue);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'emoji' && SARCASM_EMOJI.has(t.norm)) mark(t.norm);
    else if (t.kind === 'hashtag' && (t.norm === 'not' || t.norm === 'sarcasme' || t.norm === 'sarcasm')) mark(`#${t.norm}`, 2);
    else if (REPEAT.has(t.norm) || (t.norm === 'weer' && tokens[i + 1]?.norm === 'eens') || ORDINAL.test(t.norm)) mark(t.norm);
  }
  for (const p of praise) {
    const after = tokens[p.last + 1];
    if (after && MARKER_AFTER.has(after.norm) && (after.norm !== 'niet' || tokens[p.last + 2]?.norm === '!'))
      mark(`${tokens[p.first]?.norm} ${after.norm}`);
    const before = tokens[p.first - 1];
    if (before && (before.norm === '"' || before.norm === "'") && tokens[p.last + 1]?.norm === before.norm) mark('quotes');
    if (p.phrase?.ironic) mark(p.phrase.words.join(' '));
  }
  const sarcastic =
    cues.length > 0 &&
    (items.some((it) => it.phrase?.sarcastic) ||
      (praise.length > 0 && problem && markers > 0) ||
      (praise.length > 0 && tokens.some((t) => STRONG_EMOJI.has(t.norm))));
  return { value: sarcastic, cues: sarcastic ? [...new Set(cues)] : [] };
}
