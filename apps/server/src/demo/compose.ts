/**
 * Turns a template into a message as it looks on its channel: a mention on X, a comment under an
 * Instagram post, an e-mail with its greeting and signature; agents sign public replies with
 * initials (^SB) and e-mails with their name.
 */
import type { ChannelKind } from '@balie/contracts';
import type { Customer } from './people';
import { fullName } from './people';
import type { Rng } from './random';
import type { Language, Mood } from './scenario';
import { fill, type Slots } from './slots';
import { applyStyle, type Style } from './style';
import { dutchTime } from './timeline';

export interface Thread {
  rng: Rng;
  kind: ChannelKind;
  visibility: 'public' | 'private';
  language: Language;
  customer: Customer;
  style: Style;
  formal: boolean;
  mood: Mood;
  slots: Slots;
}

const X_LIMIT = 280;

/** A customer's message: template, their writing habits, the channel's form. */
export function customerMessage(t: Thread, template: string, opts: { first: boolean; mood?: Mood }): string {
  const { rng } = t;
  let text = applyStyle(fill(template, rng, t.slots, t.formal), t.style, rng, opts.mood ?? t.mood, t.language.code);
  if (t.kind === 'x' && t.visibility === 'public') {
    if (!/@polderlink/i.test(text) && rng.chance(0.85)) text = `@${t.style.lowercase ? 'polderlink' : 'Polderlink'} ${text}`;
    if (opts.first && rng.chance(0.15)) text += ` ${rng.pick(['#polderlink', '#klantenservice', '#fail', '#storing'])}`;
    text = text.slice(0, X_LIMIT);
  } else if (t.kind === 'instagram' && t.visibility === 'public' && opts.first && t.language.code === 'nl' && rng.chance(0.25)) {
    text = `${rng.pick(['leuke post, maar', 'off topic maar', 'mooi hoor, maar'])} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  } else if (t.kind === 'email') {
    const open = rng.pick(t.language.mailOpen);
    const close = rng.pick(t.language.mailClose);
    const name = rng.chance(0.7) ? fullName(t.customer) : t.customer.first;
    text = opts.first ? `${open}\n\n${text}\n\n${close}\n${name}` : `${text}\n\n${close}\n${t.customer.first}`;
  }
  return text;
}

function greeting(t: Thread, at: number): string {
  const { rng, language } = t;
  const slots = { ...t.slots, naam: t.customer.first, volledigenaam: fullName(t.customer) };
  // "Beste Julia Bouzid!" reads oddly in a public reply: there the formal greeting is the time of day.
  const formalInPublic = t.formal && t.visibility === 'public' && t.kind !== 'email';
  if (formalInPublic || rng.chance(0.3)) {
    const { hour } = dutchTime(at);
    const g = hour < 12 ? language.greetings.morning : hour < 18 ? language.greetings.afternoon : language.greetings.evening;
    return `${g} ${t.formal ? slots.volledigenaam : slots.naam},`;
  }
  return fill(rng.pick(t.formal ? language.greetings.formal : language.greetings.informal), rng, slots, t.formal);
}

/** An agent's reply; `first` adds a greeting (the customer's name once, not in every message). */
export function agentMessage(
  t: Thread,
  parts: string[],
  agent: { name: string; initials: string },
  opts: { first: boolean; at: number },
): string {
  const { rng } = t;
  const body = parts.map((p) => fill(p, rng, t.slots, t.formal)).join(' ');
  const first = agent.name.split(' ')[0]!;
  const en = t.language.code === 'en';
  if (t.kind === 'email') {
    const again = t.formal ? `${en ? 'Dear' : 'Beste'} ${fullName(t.customer)},` : `${en ? 'Hi' : 'Hoi'} ${t.customer.first},`;
    const hello = opts.first ? greeting(t, opts.at) : again;
    return `${hello}\n\n${body}\n\n${t.language.agentMailClose}\n\n${agent.name}\nWebcare Polderlink`;
  }
  const pub = t.visibility === 'public';
  const hello = opts.first && rng.chance(t.kind === 'x' ? 0.55 : t.kind === 'web_chat' ? 0.6 : 0.8) ? greeting(t, opts.at) : null;
  // "Hoi Kees," opens its own line in a DM; in a public reply it reads better as "Hoi Kees!".
  const withHello = !hello
    ? body
    : !hello.endsWith(',')
      ? `${hello} ${body}`
      : pub
        ? `${hello.slice(0, -1)}! ${body}`
        : `${hello}\n${body}`;
  if (t.kind === 'web_chat') return withHello;
  const signed =
    pub || rng.chance(0.5)
      ? `${withHello} ^${agent.initials}`
      : `${withHello}\n${rng.pick(en ? [`Best, ${first}`, first] : [`Groet, ${first}`, first, `Gr. ${first}`])}`;
  if (t.kind === 'x' && t.visibility === 'public' && signed.length > X_LIMIT) return `${body} ^${agent.initials}`;
  return signed;
}
