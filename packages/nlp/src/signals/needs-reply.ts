/**
 * Does the message need an answer? Seed 001, rule 4: answer everything, except pure brand-bashing
 * without any question, spam, and thanks that need no answer. Private messages (DM, chat, e-mail)
 * are always someone waiting for us, unless spam.
 */
import type { NeedsReplyReason } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { entryOf, flagsOf, hasFlag, wordFlag } from '../text/vocabulary';

const FIRST_PERSON = wordFlag([
  'ik',
  'mijn',
  'mij',
  'me',
  'm',
  'we',
  'wij',
  'ons',
  'onze',
  'i',
  'my',
  'me',
  'im',
  "i'm",
  'mine',
  'our',
  'us',
]);
const REQUEST = wordFlag([
  'graag',
  'alstublieft',
  'alsjeblieft',
  'aub',
  'pls',
  'plz',
  'please',
  'svp',
  'help',
  'helpen',
  'bel',
  'dm',
  'reageer',
  'contact',
  'oplossen',
  'regelen',
]);
const QUESTION_WORDS = wordFlag(['wanneer', 'waarom', 'hoe', 'hoelang', 'hoeveel', 'welke', 'when', 'why', 'how', 'which']);
const SERVICE_THINGS = wordFlag(
  (
    'app website site klantenservice service chat chatbot mail mails bericht antwoord reactie monteur bezorger bezorging pakket ' +
    'levering meter storing internet tv wifi verbinding factuur rekening afspraak wachtrij wacht vertraging ' +
    'website app support chat email emails reply answer engineer courier parcel delivery order meter outage bill invoice hold delay'
  ).split(' '),
);
const TOPICS = new Set(['outage', 'billing', 'delivery', 'cancellation', 'sales_lead']);
const THANKS = wordFlag([
  'bedankt',
  'dank',
  'dankjewel',
  'dankuwel',
  'thanks',
  'thank',
  'thx',
  'ty',
  'merci',
  'top',
  'super',
  'topper',
  'toppers',
]);

export interface NeedsReplyInput {
  tokens: readonly Token[];
  intent: string;
  brandLabel: string;
  public: boolean;
  sarcastic: boolean;
}

export function needsReply(input: NeedsReplyInput): { value: boolean; reason: NeedsReplyReason } {
  const { tokens, intent } = input;
  // One pass gathers what the rules below ask of the words.
  let words = 0;
  let flags = 0;
  let firstWord: Token | undefined;
  let questionMark = false;
  let emoji = false;
  let number = false;
  for (const t of tokens) {
    if (t.norm === '?') questionMark = true;
    if (t.kind === 'emoji' || t.kind === 'emoticon') emoji = true;
    if (t.kind === 'number') number = true;
    if (t.kind !== 'word') continue;
    if (words++ === 0) firstWord = t;
    flags |= flagsOf(entryOf(t));
  }
  if (words === 0 && !emoji) return { value: false, reason: 'no_content' };
  if (intent === 'spam') return { value: false, reason: 'spam' };
  const question = questionMark || hasFlag(firstWord, QUESTION_WORDS);
  if (question) return { value: true, reason: 'question' };
  if ((flags & REQUEST) !== 0) return { value: true, reason: 'request' };
  const personal = (flags & FIRST_PERSON) !== 0;
  // Praise without a question or request needs no answer, whatever it praises.
  if (input.brandLabel === 'positive' && !input.sarcastic && intent !== 'complaint' && intent !== 'abuse')
    return { value: false, reason: 'thanks_only' };
  // An outage, a bill, a parcel or a cancellation is a problem of the writer even without "my".
  if (TOPICS.has(intent)) return { value: true, reason: 'problem_report' };
  if (intent === 'praise' && !input.sarcastic && words <= 40 && ((flags & THANKS) !== 0 || input.brandLabel === 'positive'))
    return { value: false, reason: 'thanks_only' };
  const negative = input.brandLabel === 'negative' || input.sarcastic;
  // Bashing judges the brand in general; a complaint names something that went wrong (the app,
  // a parcel, the waiting time, an order number or an amount), and that deserves an answer even without "my".
  const concrete = (flags & SERVICE_THINGS) !== 0 || number;
  if (intent === 'abuse' || (negative && input.public && !personal && !concrete))
    return { value: false, reason: 'brand_bashing' };
  if (!input.public) return { value: true, reason: 'private_channel' };
  if (personal) return { value: true, reason: 'problem_report' };
  return { value: true, reason: negative ? 'complaint' : intent === 'praise' ? 'complaint' : 'request' };
}
