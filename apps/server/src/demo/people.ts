/**
 * The demo's people: customers with a name and, per channel, the identity that channel knows
 * them by (an @handle, a phone number, an e-mail address), and the webcare agents.
 */
import type { ChannelKind } from '@balie/contracts';
import type { Rng } from './random';
import { list } from './slots';

const FIRST_NL = list(`Sanne, Daan, Emma, Lucas, Julia, Sem, Lotte, Finn, Sophie, Bram, Fleur, Thijs, Noor, Ruben, Anouk,
  Jesse, Eva, Tim, Lisa, Mark, Kim, Jeroen, Iris, Bas, Marieke, Kevin, Manon, Dennis, Wendy, Patrick, Ilse, Rob, Esther,
  Joost, Mirjam, Henk, Ria, Gerrit, Annie, Kees, Yvonne, Mohamed, Fatima, Youssef, Samira, Mehmet, Ayse, Emre, Zeynep,
  Priya, Rishi, Dewi, Kofi, Naomi, Stefan, Marloes, Niels, Sevda, Ahmed, Hanneke, Joyce, Tom, Saskia, Sander, Chantal`);
const LAST_NL = list(`de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
  Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf,
  van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van der Heijden, Schouten, Willems, van Wijk, Postma,
  Kaya, Yilmaz, El Amrani, Bouzid, Ramdin, Sardjoe, Kartosen, Tahiri, Öztürk, Nijhuis, Hoekstra, Koster, Prins, Blom`);
const FIRST_EN = list(
  'Emma, Liam, Sofia, Raj, Ana, Tomasz, Chen, Lukas, Priya, Jack, Olivia, Mateo, Hannah, Arjun, Chloe, Diego',
);
const LAST_EN = list(
  "Clarke, Patel, Rossi, O'Brien, Souza, Nowak, Wei, Becker, Sharma, Thompson, García, Kowalski, Müller, Evans",
);
const MAIL_DOMAINS = list(
  'gmail.com, hotmail.com, outlook.com, ziggo.nl, kpnmail.nl, live.nl, icloud.com, home.nl, planet.nl, hotmail.nl',
);

export interface Customer {
  /** Stable per customer: the base of every external id. */
  id: string;
  first: string;
  last: string;
  language: 'nl' | 'en';
  /** Prefers "u" (mirrored by the agent). */
  formal: boolean;
  handle: string;
  phone: string;
  email: string;
}

/** Lower case, no accents or spaces: what a handle or mailbox is made of. */
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function drawCustomer(rng: Rng, index: number, language: 'nl' | 'en'): Customer {
  const first = rng.pick(language === 'nl' ? FIRST_NL : FIRST_EN);
  const last = rng.pick(language === 'nl' ? LAST_NL : LAST_EN);
  const lastCore = slug(last.split(' ').at(-1)!);
  const handle = rng.pick([
    `${slug(first)}${slug(last)}`,
    `${slug(first)}_${lastCore.slice(0, 1)}${rng.int(70, 99)}`,
    `${slug(first)}${lastCore}${rng.int(1, 9)}`,
    `${slug(first)}.${lastCore}`,
    `xx${slug(first)}xx`,
    `${slug(first)}${rng.int(1980, 2008)}`,
  ]);
  return {
    id: `c${index}`,
    first,
    last,
    language,
    formal: rng.chance(language === 'nl' ? 0.18 : 0.05),
    handle,
    phone: `+316${String(rng.int(10_000_000, 99_999_999))}`,
    email: `${rng.chance(0.6) ? `${slug(first)}.${lastCore}` : handle.replace(/\./g, '')}@${rng.pick(MAIL_DOMAINS)}`,
  };
}

export const fullName = (c: Customer) => `${c.first} ${c.last}`;

/** How the channel identifies the customer; the same customer on the same channel is the same contact. */
export function identityOn(kind: ChannelKind, c: Customer): { externalId: string; handle?: string; displayName?: string } {
  switch (kind) {
    case 'x':
      return { externalId: `x-${c.id}`, handle: `@${c.handle}`, displayName: c.handle.startsWith('xx') ? c.first : fullName(c) };
    case 'instagram':
      return { externalId: `ig-${c.id}`, handle: c.handle, displayName: c.first };
    case 'facebook':
      return { externalId: `fb-${c.id}`, displayName: fullName(c) };
    case 'whatsapp':
      return { externalId: c.phone, handle: c.phone, displayName: c.first };
    case 'email':
      return { externalId: c.email, handle: c.email, displayName: fullName(c) };
    default:
      // A website visitor is known by a cookie; most fill in their name in the pre-chat form.
      return { externalId: `visitor-${c.id}`, displayName: c.id.endsWith('7') ? `Bezoeker ${c.id.slice(1)}` : c.first };
  }
}

/** The demo team. Initials are chosen to read well after a ^ (seed 000: ^WC is not). */
export const AGENTS = [
  { name: 'Sanne Bakker', initials: 'SB', slug: 'sanne.bakker' },
  { name: 'Youssef El Idrissi', initials: 'YE', slug: 'youssef.elidrissi' },
  { name: 'Lotte de Vries', initials: 'LV', slug: 'lotte.devries' },
  { name: 'Daan Visser', initials: 'DV', slug: 'daan.visser' },
  { name: 'Priya Ramdin', initials: 'PR', slug: 'priya.ramdin' },
] as const;
