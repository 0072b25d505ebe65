/**
 * Template slots: the places, products, amounts and numbers a message is filled with. One set is
 * drawn per conversation, so the order number the customer gives is the one the agent looks up.
 */
import type { Rng } from './random';
import { dutchTime, HOUR, MINUTE } from './timeline';

export type Slots = Record<string, string>;

/** `a, b, c` → ['a', 'b', 'c']: keeps long word lists compact (the formatter would put one per line). */
export const list = (text: string): string[] =>
  text
    .split(/\s*[,\n]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** One template per line; blank lines are ignored. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

export const PLACES =
  list(`Amersfoort, Zwolle, Utrecht, Rotterdam-Zuid, Den Bosch, Almere, Tilburg, Groningen, Leeuwarden, Heerlen,
  Nijmegen, Haarlem, Apeldoorn, Enschede, Delft, Breda, Dordrecht, Purmerend, Zaandam, Hoofddorp, Alkmaar, Leiden, Gouda, Assen,
  Emmen, Venlo, Deventer, Helmond, Veenendaal, Lelystad, Hilversum, Arnhem, Maastricht, Schiedam, Spijkenisse, Nieuwegein,
  Capelle aan den IJssel, Vlaardingen, Roosendaal, Oss, Katwijk, Den Helder, Terneuzen, Sneek, Harderwijk, Woerden,
  Amsterdam-Noord, Den Haag, Eindhoven, Zoetermeer`);
const PHONES = list(`iPhone 16, iPhone 15, iPhone 16 Pro, Samsung Galaxy S24, Galaxy A55, Pixel 9, Fairphone 5, Motorola g84,
  Galaxy Z Flip6, iPhone SE`);
const COMPETITORS = list('Ziggo, KPN, Odido, Vodafone, Youfone, Delta, Simyo, Budget Thuis');
const CARRIERS = list('PostNL, DHL, PostNL, DPD');
const COLLEAGUES = list('Mo, Sanne, Kevin, Ilse, Dewi, Bram, Yasmina, Ruud, Lotte, Joyce');
const PLANS = list('Internet 1 Gbit, Alles-in-1, Sim Only 20GB, Internet + TV, Sim Only Onbeperkt, Internet 500 Mbit');

/** The words that differ per language; the English customer gets English days and devices. */
const VOCAB = {
  nl: {
    devices: list('modem, router, tv-ontvanger, wifi-versterker, glasvezelkastje'),
    months: list('januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december'),
    days: list('maandag, dinsdag, woensdag, donderdag, vrijdag, zaterdag'),
    since: list('vanochtend, gisteravond, een uur of 7, gisteren, half 9, 2 dagen, het weekend, vannacht, vanmiddag'),
    extras: list(`een extra tv-pakket, Film1, een tweede simkaart, Videoland, internationaal bellen, een wifi-versterker,
      roaming buiten de EU, een installatie aan huis`),
    countries: list('Spanje, Turkije, Marokko, Frankrijk, de VS, Thailand, Suriname, Zwitserland, Curaçao, Noorwegen'),
    windows: list('8 en 12 uur, 12 en 17 uur, 8 en 13 uur, 13 en 18 uur'),
  },
  en: {
    devices: list('modem, router, TV box, wifi extender, fibre box'),
    months: list('January, February, March, April, May, June, July, August, September, October, November, December'),
    days: list('Monday, Tuesday, Wednesday, Thursday, Friday, Saturday'),
    since: list('this morning, last night, yesterday, the weekend'),
    extras: list(`an extra TV package, Film1, a second SIM card, Videoland, international calls, a wifi extender,
      roaming outside the EU, an installation at home`),
    countries: list('Spain, Turkey, Morocco, France, the US, Thailand, Suriname, Switzerland, Curaçao, Norway'),
    windows: list('8 am and 12 pm, 12 and 5 pm, 8 am and 1 pm, 1 and 6 pm'),
  },
};

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
/** Dutch money: "€ 87,45". Customers write it in other ways; the style pass varies that. */
export const euro = (amount: number) => `€ ${amount.toFixed(2).replace('.', ',')}`;

/** A Dutch clock time to the quarter: "14:45". */
function clock(at: number): string {
  const { hour, minute } = dutchTime(at);
  return `${hour}:${String(minute - (minute % 15)).padStart(2, '0')}`;
}

/**
 * All slots of one conversation. `when` (the first message) sets which month an invoice is about,
 * since when an outage is being worked on and when it should be fixed.
 */
export function drawSlots(rng: Rng, when: Date, language: 'nl' | 'en'): Slots {
  const v = VOCAB[language];
  const [phone, phone2] = rng.sample(PHONES, 2) as [string, string];
  const [place, place2] = rng.sample(PLACES, 2) as [string, string];
  const normal = rng.pick([35, 42.5, 47.5, 52, 55, 60, 67.5, 72.5]);
  const month = when.getUTCMonth();
  return {
    plaats: place,
    plaats2: place2,
    telefoon: phone,
    telefoon2: phone2,
    apparaat: rng.pick(v.devices),
    concurrent: rng.pick(COMPETITORS),
    vervoerder: rng.pick(CARRIERS),
    collega: rng.pick(COLLEAGUES),
    bestelnr: `${rng.int(40, 49)}${digits(rng, 6)}`,
    klantnr: `${rng.int(1, 9)}${digits(rng, 7)}`,
    postcode: `${rng.int(1011, 9999)} ${String.fromCharCode(65 + rng.int(0, 25), 65 + rng.int(0, 25))}`,
    huisnr: String(rng.int(1, 180)) + (rng.chance(0.15) ? rng.pick(['a', 'b', '-2', 'bis']) : ''),
    bedrag: euro(normal + rng.int(12, 95) + rng.pick([0, 0.45, 0.99, 0.5, 0.95])),
    bedrag2: euro(normal),
    korting: euro(rng.pick([5, 7.5, 10, 12.5, 15])),
    credit: euro(rng.pick([5, 7.5, 10, 12.5, 15, 20, 25])),
    extra: rng.pick(v.extras),
    maand: v.months[(month + 11) % 12]!,
    volgendemaand: v.months[(month + 1) % 12]!,
    dag: rng.pick(v.days),
    sinds: rng.pick(v.since),
    tijdvak: rng.pick(v.windows),
    uur: clock(when.getTime() - rng.between(20, 90) * MINUTE),
    hersteltijd: `${clock(when.getTime() + rng.between(2, 6) * HOUR)}${language === 'nl' ? ' uur' : ''}`,
    datum: language === 'nl' ? `${rng.int(1, 28)} ${v.months[month]!}` : `${v.months[month]!} ${rng.int(1, 28)}`,
    land: rng.pick(v.countries),
    abonnement: rng.pick(PLANS),
    n: String(rng.int(2, 5)),
    wacht: String(rng.pick([25, 35, 40, 45, 55, 70])),
    snelheid: String(rng.pick([2, 3, 5, 8, 12])),
  };
}

/**
 * Fills a template: «je-form|u-form» by the formality of the conversation, [a|b|c] picks one,
 * {slot} from the slots. Unknown slots throw, so a typo in a template fails the tests.
 */
export function fill(template: string, rng: Rng, slots: Slots, formal: boolean): string {
  return template
    .replace(/«([^«»]*)»/g, (_, body: string) => {
      const [je, u] = body.split('|');
      return (formal ? u : je) ?? '';
    })
    .replace(/\[([^[\]]*)\]/g, (_, body: string) => rng.pick(body.split('|')))
    .replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = slots[key];
      if (value === undefined) throw new Error(`Unknown template slot {${key}} in: ${template}`);
      return value;
    });
}

/**
 * Templates may start with a topic tag, "(wifi) Hoe verander ik…": an answer tagged (wifi) fits
 * an opener tagged (wifi). Without lines of that tag, the untagged (general) lines fit.
 */
export function splitTag(line: string): { tag: string | null; text: string } {
  const m = /^\((\w+)\)\s*/.exec(line);
  return m ? { tag: m[1]!, text: line.slice(m[0].length) } : { tag: null, text: line };
}

export function forTag(templates: readonly string[], tag: string | null): string[] {
  const split = templates.map(splitTag);
  const same = split.filter((t) => t.tag === tag);
  return (same.length ? same : split.filter((t) => t.tag === null)).map((t) => t.text);
}

/** Lines about this topic plus the general ones: "werkt weer" only thanks for a fixed outage. */
export function withTopic(templates: readonly string[], topic: string): string[] {
  return templates.map(splitTag).flatMap((t) => (t.tag === null || t.tag === topic ? [t.text] : []));
}
