/**
 * Does the message need an answer? Seed 001, rule 4: answer everything, except pure brand-bashing
 * without any question, spam, and thanks that need no answer. Private messages (DM, chat, e-mail)
 * are always someone waiting for us, unless spam.
 */
import type { NeedsReplyReason } from '@balie/contracts';
import type { Token } from '../text/tokenize';

const FIRST_PERSON = new Set([
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
const REQUEST = new Set([
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
const QUESTION_WORDS = new Set(['wanneer', 'waarom', 'hoe', 'hoelang', 'hoeveel', 'welke', 'when', 'why', 'how', 'which']);
const SERVICE_THINGS = new Set(
  (
    'app website site klantenservice service chat chatbot mail mails bericht antwoord reactie monteur bezorger bezorging pakket ' +
    'levering meter storing internet tv wifi verbinding factuur rekening afspraak wachtrij wacht vertraging ' +
    'website app support chat email emails reply answer engineer courier parcel delivery order meter outage bill invoice hold delay'
  ).split(' '),
);
const TOPICS = new Set(['outage', 'billing', 'delivery', 'cancellation', 'sales_lead']);
const THANKS = new Set([
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
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 && !tokens.some((t) => t.kind === 'emoji' || t.kind === 'emoticon'))
    return { value: false, reason: 'no_content' };
  if (intent === 'spam') return { value: false, reason: 'spam' };
  const question = tokens.some((t) => t.norm === '?') || QUESTION_WORDS.has(words[0]?.norm ?? '');
  if (question) return { value: true, reason: 'question' };
  const request = words.some((t) => REQUEST.has(t.norm));
  if (request) return { value: true, reason: 'request' };
  const personal = words.some((t) => FIRST_PERSON.has(t.norm));
  // Praise without a question or request needs no answer, whatever it praises.
  if (input.brandLabel === 'positive' && !input.sarcastic && intent !== 'complaint' && intent !== 'abuse')
    return { value: false, reason: 'thanks_only' };
  // An outage, a bill, a parcel or a cancellation is a problem of the writer even without "my".
  if (TOPICS.has(intent)) return { value: true, reason: 'problem_report' };
  if (
    intent === 'praise' &&
    !input.sarcastic &&
    words.length <= 40 &&
    (words.some((t) => THANKS.has(t.norm)) || input.brandLabel === 'positive')
  )
    return { value: false, reason: 'thanks_only' };
  const negative = input.brandLabel === 'negative' || input.sarcastic;
  // Bashing judges the brand in general; a complaint names something that went wrong (the app,
  // a parcel, the waiting time), and that deserves an answer even without "my".
  const concrete = words.some((t) => SERVICE_THINGS.has(t.norm) || /^\d+$/.test(t.norm));
  if (intent === 'abuse' || (negative && input.public && !personal && !concrete))
    return { value: false, reason: 'brand_bashing' };
  if (!input.public) return { value: true, reason: 'private_channel' };
  if (personal) return { value: true, reason: 'problem_report' };
  return { value: true, reason: negative ? 'complaint' : intent === 'praise' ? 'complaint' : 'request' };
}
