/**
 * Cue words and phrases per intent of the default taxonomy, with weights. Topic intents (outage,
 * billing, delivery, cancellation, sales lead) carry strong cues; the form intents (question,
 * complaint, praise, feedback) come mostly from the structure and the sentiment in rules.ts.
 * Words are normalised forms; an entry ending in "*" matches as a prefix.
 */
export type Cues = Record<string, Array<[string, number]>>;

const c = (list: string, w: number): Array<[string, number]> =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => [s, w] as [string, number]);

export const CUES: Cues = {
  outage: [
    ...c(
      'storing*, ligt eruit, ligt plat, ligt er uit, plat, geen internet, geen bereik, geen signaal, geen verbinding, geen tv, geen stroom, zonder stroom',
      1.2,
    ),
    ...c('zonder internet, zonder tv, zonder wifi, zonder bereik, zonder verbinding', 1.0),
    ...c(
      'no power, without power, power is out, power cut, power outage, no electricity, stroomstoring, stroom is uitgevallen, stroom uitgevallen',
      1.2,
    ),
    ...c(
      'geen wifi, geen netwerk, internet ligt, netwerk ligt, offline, down, outage, no signal, no internet, no service, internet down',
      1.2,
    ),
    ...c(
      'wifi werkt niet, internet werkt niet, tv werkt niet, app werkt niet, site werkt niet, website werkt niet, kan niet inloggen',
      0.8,
    ),
    ...c(
      'heel de wijk, hele wijk, hele straat, in heel, de buren ook, meer mensen, iedereen, landelijk, whole area, everyone',
      0.4,
    ),
    ...c(
      'valt steeds weg, valt weg, haperend*, hapert, modem*, router*, wifi, internet, bereik, verbinding, signaal, dropping, keeps dropping',
      0.35,
    ),
  ],
  billing: [
    ...c(
      'factu*, rekening, rekeningen, incasso*, afgeschreven, afschrijving*, dubbel betaald, te veel betaald, teveel betaald, terugbetal*',
      1.1,
    ),
    ...c(
      'restitutie, terugstorten, teruggestort, aanmaning*, betalingsregeling, bedrag, nota, termijnbedrag, maandbedrag, kosten',
      0.9,
    ),
    ...c(
      'invoice*, bill, billed, billing, charged, overcharged, refund*, direct debit, payment*, betaling*, betaald, iban, creditnota, toeslag',
      0.9,
    ),
    ...c('euro, €, prijsverhoging, duurder geworden', 0.4),
  ],
  delivery: [
    ...c(
      'pakket*, bezorg*, geleverd, levering*, leverdatum, zending*, track, trace, track&trace, koerier*, postnl, dhl, dpd, gls, afhaalpunt',
      1.1,
    ),
    ...c(
      'parcel*, package*, delivery, delivered, shipping, shipped, courier, tracking, bestelling*, besteld, order, ordered, retour*, verzend*',
      0.9,
    ),
    ...c('niet thuis, brievenbus, buren afgegeven, nooit aangekomen, niet aangekomen, never arrived', 0.8),
  ],
  cancellation: [
    ...c(
      'opzeg*, zeg op, zeg ik op, stopzetten, beeindig*, ontbind*, cancel*, terminate*, close my account, account opheffen, opheffen',
      1.4,
    ),
    ...c(
      'overstappen, stap over, ik stap, switching, stoppen met, contract stoppen, abonnement stoppen, wil eraf, wil van af, wil er vanaf',
      0.9,
    ),
    ...c('opzegtermijn, einde contract, contract loopt af, leave, leaving', 0.5),
  ],
  sales_lead: [
    ...c(
      'wat kost, hoeveel kost, offerte*, interesse in, geinteresseerd in, aanbieding*, abonnement afsluiten, klant worden, lid worden',
      1.1,
    ),
    ...c(
      'how much, pricing, quote, interested in, sign up, become a customer, beschikbaar op mijn adres, leverbaar op, glasvezel bij mij',
      1.0,
    ),
    ...c(
      'overstappen naar jullie, naar jullie overstappen, wil graag een, ik wil een, nieuw abonnement, upgrade*, zakelijk abonnement',
      0.8,
    ),
  ],
  spam: [
    ...c(
      'crypto*, bitcoin*, forex, investeer*, giveaway, verdien, earn money, dm me, dm voor, volg mij, follow me, follow back, check my',
      1.3,
    ),
    ...c(
      'klik hier, click here, promo code, promocode, gratis iphone, win een, you won, gewonnen, onlyfans, 100% gratis, limited offer',
      1.3,
    ),
    ...c('passief inkomen, side hustle, make money, followers kopen, buy followers, seo services, cheap', 1.0),
  ],
  abuse: [
    ...c(
      'kanker*, tering*, tyfus*, klootzak*, idioten, debielen, mongolen, hoer*, kut wijf, sterf, rot op, fuck you, fuck off, idiots',
      1.3,
    ),
    ...c(
      'morons, retards, ik weet waar je woont, ik maak je af, jullie gaan eraan, je moeder, dood aan, schoft*, teringlijers',
      1.1,
    ),
  ],
  praise: [
    ...c(
      'bedankt, dank je, dankjewel, dank u, dankuwel, thanks, thank you, compliment*, complimenten, top geholpen, goed geholpen, chapeau',
      0.7,
    ),
    ...c(
      'helemaal blij, super blij, superblij, topservice, top service, geweldige service, great service, well done, kudos, held*, kanjer*',
      0.7,
    ),
  ],
  feedback: [
    ...c(
      'zou fijn zijn, zou handig zijn, zou mooi zijn, zou leuk zijn, zou helpen, suggestie*, tip:, tip voor, idee:, een idee, waarom niet, graag zien, zou graag zien',
      1.0,
    ),
    ...c(
      'it would be nice, would be great if, would be handy, would be nice, would help, idea:, suggest*, feature request, feedback, verbeterpunt*, mis ik, ik mis, jammer dat, please add',
      0.9,
    ),
  ],
  question: [
    ...c(
      'kun je, kan je, kunnen jullie, wil je, wilt u, graag ontvang ik, bel me, bel mij, stuur me, please send, send me, call me',
      0.5,
    ),
    ...c(
      'hoe kan ik, hoe moet ik, kan ik, kunnen jullie, kunt u, is het mogelijk, weet iemand, vraagje, vraag:, ik vraag me af, graag info',
      0.6,
    ),
    ...c('how do i, how can i, can i, can you, could you, is it possible, wondering, question', 0.4),
  ],
  complaint: [
    ...c(
      'klacht*, klagen, schandalig, belachelijk, onacceptabel, waardeloos, complaint, unacceptable, ridiculous, disgrace',
      0.6,
    ),
  ],
};
