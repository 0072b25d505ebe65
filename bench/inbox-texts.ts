/**
 * Message texts for the inbox bench, so that full-text search meets the spread of words real
 * webcare text has: the demo's Dutch and English scenarios (openers in every mood, details,
 * questions, answers), each template filled with its own slots (places, amounts, devices,
 * competitors). One rare word is kept out of the pools; the bench puts it into a known few
 * messages, so "a rare Dutch word" has a known answer.
 */
import { EN } from '../apps/server/src/demo/texts-en';
import { NL } from '../apps/server/src/demo/texts-nl';
import { Rng } from '../apps/server/src/demo/random';
import { drawSlots, fill, splitTag } from '../apps/server/src/demo/slots';
import type { Language } from '../apps/server/src/demo/scenario';

export interface TextPools {
  inbound: string[];
  outbound: string[];
}

/** Searched for as the rare word; it appears in no template, only in the messages the bench picks. */
export const RARE_WORD = 'schadevergoeding';
export const RARE_TEXTS = [
  'ik wil een schadevergoeding voor de kapotte router, hoe vraag ik die aan?',
  'Krijg ik een schadevergoeding voor drie dagen zonder internet?',
  'Mijn schadevergoeding is nog steeds niet uitbetaald, klantnummer staat in mijn vorige bericht',
];

const FILLS_PER_TEMPLATE = 3;

function render(language: Language, seed: number): TextPools {
  const rng = Rng.derive(seed, language.code);
  const when = new Date(Date.UTC(2026, 9, 14, 10));
  const expand = (templates: readonly string[]) =>
    templates.flatMap((line) =>
      Array.from({ length: FILLS_PER_TEMPLATE }, () =>
        fill(splitTag(line).text, rng, drawSlots(rng, when, language.code), rng.chance(0.3)),
      ),
    );
  const inbound: string[] = [];
  const outbound: string[] = [];
  for (const scenario of language.scenarios) {
    for (const openers of Object.values(scenario.openers)) inbound.push(...expand(openers));
    inbound.push(...expand(scenario.details), ...expand(scenario.ask.public), ...expand(scenario.ask.private));
    outbound.push(...expand(scenario.answers), ...expand(scenario.publicAnswers ?? []));
  }
  inbound.push(...expand(language.hello), ...expand(language.nudges), ...expand(language.thanks), ...expand(language.unhappy));
  outbound.push(...expand(language.checks), ...expand(language.closings), ...expand(language.waits));
  const clean = (texts: string[]) => texts.filter((t) => t.trim() && !t.toLowerCase().includes(RARE_WORD));
  return { inbound: clean(inbound), outbound: clean(outbound) };
}

export function textPools(seed = 2026): { nl: TextPools; en: TextPools } {
  return { nl: render(NL, seed), en: render(EN, seed) };
}
