/**
 * Words that change the polarity of the words near them rather than carrying one: negators,
 * intensifiers, diminishers, contrast and concession markers, and second/third person pronouns
 * used to decide whom a phrase is about. Dutch and English; forms are normalised (lower case, no
 * diacritics).
 */
import { wordFlag, wordSlot } from '../text/vocabulary';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const NEGATORS = set(
  'niet geen nooit niks niets nergens niemand noch zonder nie gene geeneen ' +
    "not no never nothing nobody none neither nor without cannot can't cant don't dont doesn't doesnt didn't didnt isn't isnt " +
    "wasn't wasnt won't wont haven't havent hasn't hasnt aren't arent couldn't couldnt wouldn't wouldnt shouldn't ain't aint",
);

/** factor applied to the polar word that follows */
const INTENSIFIERS = new Map<string, number>([
  ...[
    ...set(
      'echt heel erg zeer enorm ontzettend ontiegelijk mega kei hyper bere reuze hartstikke totaal compleet volledig absoluut',
    ),
  ].map((w) => [w, 1.5] as [string, number]),
  ...[
    ...set('super verschrikkelijk vreselijk extreem ongelofelijk ongelooflijk belachelijk waanzinnig bizar intens zwaar te'),
  ].map((w) => [w, 1.6] as [string, number]),
  ...[
    ...set(
      'zo zoo zó really very so extremely totally absolutely incredibly utterly completely truly damn bloody fucking freaking too',
    ),
  ].map((w) => [w, 1.5] as [string, number]),
  ['ronduit', 1.7],
  ['uiterst', 1.7],
  ['nogal', 1.2],
  ['pretty', 1.2],
  ['quite', 1.2],
]);

const DIMINISHERS = new Map<string, number>(
  [...set('beetje ietsje enigszins ietwat redelijk tamelijk vrij best slightly somewhat kinda fairly rather bit')].map(
    (w) => [w, 0.5] as [string, number],
  ),
);

/** Opens a clause that outweighs what came before it: "wel snel, maar kapot". */
const CONTRAST = set('maar alleen echter doch daarentegen desondanks jammer helaas but however though yet except');
/** Opens a clause that is outweighed by what follows: "hoewel het snel was, …". */
const CONCESSIVE = set('hoewel ofschoon alhoewel ondanks although despite while whilst');

/** Second person: in a message to the brand these refer to the brand. */
const SECOND_PERSON = set('jullie je jij jou jouw u uw your you youre ur');
/** Third person pronouns that continue the previous entity ("Ziggo? die zijn …"). */
const THIRD_PERSON = set('ze zij die hun hen they them their its');
/** Words that name "the others" without a brand name. */
const GENERIC_OTHERS = set('concurrent concurrenten concurrentie competitor competitors competition');

/** The lists as vocabulary flags and slots: one look-up per token serves them all (see text/vocabulary.ts). */
export const NEGATOR = wordFlag(NEGATORS);
export const INTENSIFIER = wordFlag(INTENSIFIERS.keys());
/** the factor of an intensifier or diminisher */
export const MODIFIER_FACTOR = wordSlot([...DIMINISHERS, ...INTENSIFIERS]);
export const CONTRAST_WORD = wordFlag(CONTRAST);
export const CONCESSIVE_WORD = wordFlag(CONCESSIVE);
export const SECOND_PERSON_WORD = wordFlag(SECOND_PERSON);
export const THIRD_PERSON_WORD = wordFlag(THIRD_PERSON);
export const GENERIC_OTHER = wordFlag(GENERIC_OTHERS);
