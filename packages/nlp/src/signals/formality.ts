/**
 * How the customer addresses us, so the reply can mirror it: Dutch u/uw (formal) versus je/jij
 * (informal), English "Dear … / Kind regards" versus "hey / thx", French vous/tu, German Sie/du.
 * Without a form of address or a register marker the answer is "unknown": "jullie" is plural and
 * used both ways, and emoji or "top" say nothing about how to address someone.
 */
import type { Formality } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { addCue, cueList, findCues, hits } from './phrase-set';

type Language = 'nl' | 'en' | 'fr' | 'de';
/** per language: formal cues, informal cues */
const REGISTERS: Record<Language, [string, string]> = {
  nl: [
    'u, uw, geachte, heeft u, kunt u, zou u, wilt u, met vriendelijke groet, met vriendelijke groeten, hoogachtend, mvg, u kunt, dank u, dank u wel, bedankt voor uw',
    'je, jij, jou, jouw, joh, hoi, hey, hee, heey, gast, gasten, jongens, dankje, dankjewel, doei, groetjes, xx, gr, ff, effe, ge, gij',
  ],
  en: [
    'dear, sir, madam, kind regards, best regards, yours sincerely, yours faithfully, sincerely, i would appreciate, could you please, would you kindly, regards',
    'hey, hiya, yo, guys, thx, pls, plz, lol, wtf, gonna, wanna, u, ur, ya, mate, cheers, omg, tbh, idk, bruh, dude',
  ],
  fr: [
    'vous, votre, vos, madame, monsieur, cordialement, pourriez-vous, veuillez',
    'tu, toi, ton, ta, tes, salut, coucou, stp, mdr',
  ],
  de: [
    'ihnen, ihr, ihre, sehr geehrte, sehr geehrter, geehrte, mit freundlichen grussen, mit freundlichen grüßen, hochachtungsvoll',
    'du, dich, dir, dein, deine, hallo leute, hey, hi, moin, lg, vg',
  ],
};
/** One index for every language and register, so the tokens are walked once; payload: language and formal or not. */
const CUES = cueList<[Language, boolean]>(40);
for (const [language, [formal, informal]] of Object.entries(REGISTERS) as Array<[Language, [string, string]]>) {
  for (const cue of formal.split(',')) if (cue.trim()) addCue(CUES, cue.trim(), [language, true]);
  for (const cue of informal.split(',')) if (cue.trim()) addCue(CUES, cue.trim(), [language, false]);
}

/** The cues reported (and counted) per register. */
const MAX_CUES = 5;

/** The texts of the first cues of `language` and register found by the last scan. */
function cueTexts(count: number, language: Language, formal: boolean): string[] {
  const texts: string[] = [];
  for (let h = 0; h < count && texts.length < MAX_CUES; h++) {
    if (hits.lists[h] !== CUES.id) continue;
    const cue = hits.cues[h] as number;
    const payload = CUES.payloads[cue] as [Language, boolean];
    if (payload[0] === language && payload[1] === formal) texts.push(CUES.texts[cue] as string);
  }
  return texts;
}

export function detectFormality(tokens: readonly Token[], lang: string): { value: Formality; cues: string[] } {
  // Other languages are read with the Dutch cues, as before: most of them are Dutch misread.
  const language: Language = lang === 'en' || lang === 'fr' || lang === 'de' ? lang : 'nl';
  const count = findCues(tokens);
  let formal = 0;
  let informal = 0;
  let firstFormal = 0;
  let firstInformal = 0;
  for (let h = 0; h < count; h++) {
    if (hits.lists[h] !== CUES.id) continue;
    const payload = CUES.payloads[hits.cues[h] as number] as [Language, boolean];
    if (payload[0] !== language) continue;
    if (payload[1]) {
      if (formal++ === 0) firstFormal = hits.indexes[h] as number;
    } else if (informal++ === 0) firstInformal = hits.indexes[h] as number;
  }
  if (formal === 0 && informal === 0) return { value: 'unknown', cues: [] };
  // Only the first MAX_CUES of each register count; at a tie the first cue decides ("Hoi, kunt u …" leans formal only if u comes first).
  formal = Math.min(formal, MAX_CUES);
  informal = Math.min(informal, MAX_CUES);
  const isFormal = formal > informal || (formal === informal && firstFormal < firstInformal);
  return { value: isFormal ? 'formal' : 'informal', cues: cueTexts(count, language, isFormal) };
}
