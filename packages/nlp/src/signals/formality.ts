/**
 * How the customer addresses us, so the reply can mirror it: Dutch u/uw (formal) versus je/jij
 * (informal), English "Dear … / Kind regards" versus "hey / thx". "jullie" is plural and used
 * both ways, so it decides nothing.
 */
import type { Formality } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { hasFlag, wordFlag } from '../text/vocabulary';
import { addCue, emptySet, findCues } from './phrase-set';

type Register = 'nl-formal' | 'nl-informal' | 'en-formal' | 'en-informal';
/** One index for both languages and registers, so the tokens are walked once. */
const CUES = emptySet<Register>();
for (const [list, register] of [
  [
    'u, uw, geachte, heeft u, kunt u, zou u, wilt u, met vriendelijke groet, met vriendelijke groeten, hoogachtend, mvg, u kunt, dank u, dank u wel, bedankt voor uw',
    'nl-formal',
  ],
  [
    'je, jij, jou, jouw, joh, hoi, hey, hee, heey, gast, gasten, jongens, dankje, dankjewel, doei, groetjes, xx, gr, ff, effe, ge, gij',
    'nl-informal',
  ],
  [
    'dear, sir, madam, kind regards, best regards, yours sincerely, yours faithfully, sincerely, i would appreciate, could you please, would you kindly, regards',
    'en-formal',
  ],
  [
    'hey, hiya, yo, guys, thx, pls, plz, lol, wtf, gonna, wanna, u, ur, ya, mate, cheers, omg, tbh, idk, bruh, dude',
    'en-informal',
  ],
] as Array<[string, Register]>)
  for (const cue of list.split(',')) if (cue.trim()) addCue(CUES, cue.trim(), register);

const CASUAL = wordFlag(['jullie', 'hi', 'mn', "m'n", 'top', 'thanks', 'thx', 'ok', 'oke', 'okay']);

function isCasual(t: Token): boolean {
  return t.kind === 'emoji' || t.kind === 'emoticon' || hasFlag(t, CASUAL);
}

export function detectFormality(tokens: readonly Token[], lang: string): { value: Formality; cues: string[] } {
  const prefix = lang === 'en' ? 'en' : 'nl';
  const hits = findCues(CUES, tokens, 40);
  const formal = hits.filter((h) => h.payload === `${prefix}-formal`).slice(0, 5);
  const informal = hits.filter((h) => h.payload === `${prefix}-informal`).slice(0, 5);
  const cues = (hits: typeof formal) => hits.map((h) => h.cue);
  if (formal.length === 0 && informal.length === 0) {
    // No form of address: emoji, "jullie" or a casual opener still set a casual register.
    const casual = tokens.find(isCasual);
    return casual ? { value: 'informal', cues: [casual.norm] } : { value: 'unknown', cues: [] };
  }
  if (formal.length > informal.length) return { value: 'formal', cues: cues(formal) };
  if (informal.length > formal.length) return { value: 'informal', cues: cues(informal) };
  // A tie: the first cue decides ("Hoi, kunt u …" leans formal only if u comes first).
  return (formal[0]?.index ?? 0) < (informal[0]?.index ?? 0)
    ? { value: 'formal', cues: cues(formal) }
    : { value: 'informal', cues: cues(informal) };
}
