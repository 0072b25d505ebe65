/**
 * English: expats and tourists write in English (about one in ten) and are answered in English.
 * Fewer scenarios than Dutch; the formal/informal split does not exist, so «a|b» is the same.
 */
import type { Language, Scenario } from './scenario';
import { lines } from './slots';

const scenario = (s: Omit<Scenario, 'ask'> & { ask?: Scenario['ask'] }): Scenario => ({ ask: { public: [], private: [] }, ...s });
const englishAnswers = lines(`
  (engels) Of course, we're happy to help you in English! What can I do for you?
  (buitenland) In {land} you can use your bundle just like at home, at no extra cost.
  (wifi) You can change the wifi password in the app under Wifi > Settings.
  (verhuis) Yes! Moving is easy via My Polderlink > Moving. At your new address in {plaats2} you get the same speed.
  (esim) Yes, the {telefoon} supports eSIM. You can request one in the app; it's active within 5 minutes.
  (opzeg) The notice period is one month. I've cancelled your subscription per 1 {volgendemaand}; you'll get a box to return the modem.
`);

export const EN: Language = {
  code: 'en',
  scenarios: [
    scenario({
      key: 'storing',
      label: 'storing',
      weight: 16,
      publicBias: 1.5,
      openers: {
        neutral: lines(`
          Is there an outage in {plaats}? No internet since {sinds}
          My {apparaat} is blinking red and nothing works. Any known issues?
          (mobiel) Mobile data not working in {plaats}, calls are fine. Anyone else?
        `),
        angry: lines(`
          (lang) Third outage this month. I work from home, this is not acceptable
          (lang) No internet for {n} days now and nobody tells me anything. What am I paying for?
        `),
        sarcastic: lines(`
          great, no internet again. love it
          (traag) {snelheid} Mbit on a 1 Gbit plan. impressive stuff
        `),
      },
      ask: {
        public: lines(`
          Sorry about that! There is no known outage in {plaats}. Could you send us a DM with your postcode and house number?
          (mobiel) Sorry about that! Could you DM us your mobile number and where you were?
        `),
        private: lines(`
          Let me check your line. What is your postcode and house number?
          (mobiel) Where are you right now? And have you restarted your phone?
        `),
      },
      details: lines(`
        {postcode} {huisnr}
        postcode {postcode}, number {huisnr}. Already restarted the modem twice
        (mobiel) in {plaats}, restarted twice already
      `),
      answers: lines(`
        I can see a fault on your line. A technician will visit on {dag} between {tijdvak}; you'll get a text when they're on their way.
        I've reset your {apparaat} remotely. Are the lights white again? Then everything should work.
        (lang) I can see a fault on your line. A technician will visit on {dag} between {tijdvak}.
        (lang) Since you were offline for so long, I've credited {credit} to your next invoice.
        (traag) Your {apparaat} was running old software. I've sent an update; after a restart you'll get full speed again.
        (mobiel) There is an issue with a mast in {plaats}; it will be fixed around {hersteltijd}. Until then wifi calling works fine.
      `),
      publicAnswers: lines(`
        There is an outage in {plaats} right now. Our technicians are on it and we expect it to be fixed around {hersteltijd}.
        The outage in {plaats} has been fixed. Still not working? Switch your {apparaat} off for a minute and back on.
        (mobiel) There is an issue with a mast in {plaats}; it will be fixed around {hersteltijd}.
      `),
      categories: [
        ['Opgelost', 3],
        ['Informatie gegeven', 1],
      ],
    }),
    scenario({
      key: 'factuur',
      label: 'factuur',
      weight: 10,
      publicBias: 0.5,
      openers: {
        neutral: lines(`
          Why is my bill {bedrag} this month? I normally pay {bedrag2}.
          (dubbel) I was charged twice this month, can you refund one?
          (engels) Can I get my invoices in English?
        `),
        angry: ['You charged me for {extra} which I never ordered. Please fix this.'],
      },
      ask: {
        public: ['Happy to look into it! As this is about your invoice, could you DM us your customer number?'],
        private: ['Sure, what is your customer number? Then I can check the invoice of {maand}.'],
      },
      details: lines(`
        {klantnr}
        Customer number {klantnr}
      `),
      answers: lines(`
        You're right: {extra} was charged by mistake. I've credited {credit}, you'll see it back within 5 working days.
        (dubbel) The double charge has been reversed; it will be back in your account within 3 working days.
        (engels) I've switched your account to English: from next month your invoices and emails will be in English.
      `),
      categories: [
        ['Opgelost', 3],
        ['Informatie gegeven', 1],
      ],
    }),
    scenario({
      key: 'levering',
      label: 'levering',
      weight: 8,
      openers: {
        neutral: lines(`
          Where is my order {bestelnr}? Tracking hasn't changed in {n} days
          (kwijt) {vervoerder} says my parcel was delivered but I didn't get anything. Order {bestelnr}
        `),
      },
      ask: {
        public: ["Let's find it! Could you DM us the order number and your postcode?"],
        private: ['Let me look that up. Is the delivery address in {plaats} correct?'],
      },
      details: ['{bestelnr}, {postcode}', 'yes that is correct'],
      answers: lines(`
        Your {telefoon} is with {vervoerder} and will be delivered tomorrow between {tijdvak}.
        (kwijt) The parcel got lost at {vervoerder}, sorry! I've sent a new {telefoon}, it will arrive on {dag} at no extra cost.
      `),
      categories: [
        ['Opgelost', 3],
        ['Informatie gegeven', 1],
      ],
    }),
    scenario({
      key: 'vraag',
      label: null,
      weight: 14,
      openers: {
        neutral: lines(`
          (engels) Hi, do you have any English speaking support?
          (buitenland) Can I use my bundle in {land}?
          (wifi) How do I change my wifi password?
          (verhuis) I'm moving to {plaats2}, can I take my subscription with me?
          (esim) Does the {telefoon} support eSIM?
          (opzeg) I'm leaving the Netherlands in {volgendemaand}. How do I cancel?
        `),
      },
      details: [],
      answers: englishAnswers,
      publicAnswers: englishAnswers,
      categories: [
        ['Informatie gegeven', 4],
        ['Opgelost', 1],
      ],
    }),
    scenario({
      key: 'compliment',
      label: 'compliment',
      simple: true,
      weight: 4,
      publicBias: 1.5,
      openers: {
        happy: [
          '(collega) Shoutout to {collega} in the {plaats} store, super helpful!',
          'Fast delivery and great service, thanks!',
        ],
      },
      details: [],
      answers: [
        '(collega) Thank you so much! I will pass this on to {collega}.',
        "That's great to hear, thanks for letting us know!",
      ],
      publicAnswers: ['(collega) Thank you so much! I will pass this on to {collega}.', "That's great to hear, thank you!"],
      categories: [['Informatie gegeven', 1]],
    }),
  ],
  greetings: {
    informal: ['Hi {naam},', 'Hey {naam}!', 'Hello {naam},'],
    formal: ['Dear {volledigenaam},'],
    morning: 'Good morning',
    afternoon: 'Good afternoon',
    evening: 'Good evening',
  },
  hello: ['hi', 'Hello', 'hi, quick question'],
  nudges: ['hello?', 'Anyone there?', 'any news?'],
  thanks: lines(`
    thanks!
    Great, thank you so much
    (storing) perfect, works again
    ok thx
  `),
  unhappy: ['That is what you said last time', '(storing) and it still does not work', 'so I have to wait again'],
  checks: ['Is everything working now? Let me know if there is anything else!', 'Does this answer your question?'],
  closings: ['You are welcome! Have a nice day.', 'Glad to hear it! Take care.'],
  laters: [
    'I will check on {dag} whether the technician came and let you know.',
    "I'll get back to you on {dag} with an update.",
  ],
  waits: ['Let me know if it works!', 'Could you send a photo of the lights on the modem?'],
  mailOpen: ['Dear Sir/Madam,', 'Hello,', 'Hi,'],
  mailClose: ['Kind regards,', 'Best,', 'Thanks,'],
  agentMailClose: 'Kind regards,',
};
