/**
 * Multi-word expressions that mean more than their words: idioms, sarcastic set phrases and
 * praise that turns sarcastic next to a problem. Matched on normalised tokens before single words.
 */
import { wordSlot } from '../text/vocabulary';

export interface Phrase {
  words: string[];
  weight: number;
  /** always sarcastic: "bedankt voor niks" */
  sarcastic?: boolean;
  /** praise that is sarcastic when the message also reports a problem: "lekker bezig" */
  ironic?: boolean;
  /** also negates what follows: "nooit meer" */
  negates?: boolean;
}

const P = (text: string, weight: number, flags: Omit<Phrase, 'words' | 'weight'> = {}): Phrase => ({
  words: text.split(' '),
  weight,
  ...flags,
});

export const PHRASES: Phrase[] = [
  // Rituals: polite openings and closings say nothing about the writer's mood.
  ...[
    'met vriendelijke groet',
    'met vriendelijke groeten',
    'vriendelijke groet',
    'vriendelijke groeten',
    'bij voorbaat dank',
    'alvast bedankt',
    'alvast dank',
  ]
    .concat([
      'kind regards',
      'best regards',
      'warm regards',
      'thanks in advance',
      'thank you in advance',
      'yours sincerely',
      'yours faithfully',
    ])
    .concat([
      'zou leuk zijn',
      'zou fijn zijn',
      'zou handig zijn',
      'zou mooi zijn',
      'zou prettig zijn',
      'would be nice',
      'would be great',
      'would be handy',
    ])
    .concat(['nooit zo', "nooit zo'n", 'nog nooit zo', "nog nooit zo'n"])
    .map((t) => P(t, 0)),
  // Problems told without a judging word
  P('ligt eruit', -0.5),
  P('ligt er uit', -0.5),
  P('ligt er weer uit', -0.6),
  P('ligt plat', -0.5),
  P('valt weg', -0.5),
  P('valt steeds weg', -0.5),
  P('valt telkens weg', -0.5),
  P('valt constant weg', -0.5),
  P('price increase', -0.4),
  P('price hike', -0.5),
  P('is uitgevallen', -0.5),
  P('staat stil', -0.4),
  P('nergens te vinden', -0.5),
  P('nowhere to be found', -0.5),
  P('waar blijft', -0.4),
  P('wat is er aan de hand', -0.4),
  P("what's going on", -0.4),
  P('nog steeds niks', -0.5),
  P('nog steeds niets', -0.5),
  P('nog steeds niet', -0.3),
  P('nog steeds geen', -0.3),
  P('nog altijd niet', -0.3),
  P('nog altijd geen', -0.3),
  P('nog niks', -0.3),
  P('nog niets', -0.3),
  P('still no', -0.3),
  P('still not', -0.3),
  P('still waiting', -0.5),
  P('veel te hoog', -0.7),
  P('te hoog', -0.5),
  P('te veel', -0.4),
  P('too high', -0.5),
  P('too much', -0.4),
  P('lekker dan', -0.5, { sarcastic: true }),
  P('knap hoor', -0.5, { sarcastic: true }),
  // Dutch sarcasm and idiom
  P('bedankt voor niks', -0.9, { sarcastic: true }),
  P('bedankt voor niets', -0.9, { sarcastic: true }),
  P('dank je wel voor niks', -0.9, { sarcastic: true }),
  P('dankjewel voor niks', -0.9, { sarcastic: true }),
  P('dank voor niks', -0.9, { sarcastic: true }),
  P('leuk is anders', -0.7, { sarcastic: true }),
  P('het kan niet op', -0.5, { sarcastic: true }),
  P('goed geregeld weer', -0.6, { sarcastic: true }),
  P('lekker bezig', 0.5, { ironic: true }),
  P('goed bezig', 0.5, { ironic: true }),
  P('goed geregeld', 0.5, { ironic: true }),
  P('wat een service', 0.5, { ironic: true }),
  P('wat een klantenservice', 0.5, { ironic: true }),
  P('top service', 0.8, { ironic: true }),
  P('nooit meer', -0.6, { negates: true }),
  P('nooit weer', -0.6, { negates: true }),
  P('veel te laat', -0.7),
  P('te laat', -0.5),
  P('om te huilen', -0.8),
  P('om van te janken', -0.8),
  P('schiet niet op', -0.5),
  P('aan het lijntje', -0.7),
  P('in de steek gelaten', -0.7),
  P('van het kastje naar de muur', -0.8),
  P('van kastje naar de muur', -0.8),
  P('dikke duim', 0.7),
  P('duim omhoog', 0.7),
  P('tot in de puntjes', 0.8),
  P('de weg kwijt', -0.4),
  P('geen woorden voor', -0.6),
  P('niet normaal', -0.5),
  P('slaat nergens op', -0.7),
  P('slaat helemaal nergens op', -0.8),
  P('belachelijk lang', -0.8),
  P('op zijn zachtst gezegd', -0.3),
  P('met de kont tegen de krib', -0.6),
  P('heb er spijt van', -0.7),
  P('vol lof', 0.8),
  P('in een woord geweldig', 0.9),
  P('je bent een held', 0.8),
  P('goed gedaan', 0.6, { ironic: true }),
  // English
  P('thanks for nothing', -0.9, { sarcastic: true }),
  P('thank you for nothing', -0.9, { sarcastic: true }),
  P('yeah right', -0.5, { sarcastic: true }),
  P('oh great', -0.5, { sarcastic: true }),
  P('just great', -0.5, { sarcastic: true }),
  P('great job', 0.6, { ironic: true }),
  P('well done', 0.6, { ironic: true }),
  P('good job', 0.6, { ironic: true }),
  P('love it when', 0.4, { ironic: true }),
  P('never again', -0.7, { negates: true }),
  P('too late', -0.5),
  P('what a joke', -0.7),
  P('waste of time', -0.7),
  P('waste of money', -0.8),
  P('piece of crap', -0.9),
  P('on hold forever', -0.7),
  P('fed up', -0.7),
  P('let down', -0.6),
  P('sort it out', -0.4),
  P('over the moon', 0.9),
  P('above and beyond', 0.9),
  P('spot on', 0.7),
];

const byFirst = new Map<string, Phrase[]>();
for (const p of [...PHRASES].sort((a, b) => b.words.length - a.words.length)) {
  const first = p.words[0] as string;
  byFirst.set(first, [...(byFirst.get(first) ?? []), p]);
}
/** first word → phrases starting with it, longest first (a vocabulary slot, see text/vocabulary.ts) */
export const PHRASES_BY_FIRST = wordSlot(byFirst);
