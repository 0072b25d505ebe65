/**
 * Why Dutch customers write, part 1: outages, invoices, deliveries, cancellations. The demo
 * company is "Polderlink", a made-up provider of internet, tv and phones with a webshop.
 * A "(tag)" pairs an opener with the answers, questions and details that fit it (see forTag).
 */
import type { Scenario } from './scenario';
import { lines } from './slots';

const storing: Scenario = {
  key: 'storing',
  label: 'storing',
  weight: 16,
  publicBias: 1.6,
  openers: {
    neutral: lines(`
      Hebben jullie een storing in {plaats}? Internet doet het niet sinds {sinds}
      Is er een storing? Mijn {apparaat} knippert rood en ik heb geen internet.
      (tv) tv doet het niet meer, krijg alleen 'geen signaal'. storing in {plaats}?
      Sinds {sinds} geen internet in {plaats}. Modem al 3x opnieuw opgestart, maakt niks uit
      (traag) wifi valt steeds weg, elke paar minuten. ik werk thuis dus dit is echt een probleem
      (mobiel) Mijn mobiele internet doet het niet meer, bellen gaat wel. Iemand anders ook?
      Hele straat hier in {plaats} zit zonder internet. Weten jullie daarvan?
      (traag) Internet is super traag, haal maar {snelheid} Mbit terwijl ik voor 1 Gbit betaal
      (mobiel) Geen bereik in {plaats} centrum, al sinds {sinds}. Wat is er aan de hand?
      (tv) Storing op tv? NPO1 en RTL4 blijven op zwart
      Mijn {apparaat} doet niks meer, geen enkel lampje. Stroom is er wel.
    `),
    angry: lines(`
      (lang) Alweer geen internet. DERDE keer deze maand. Ik betaal toch niet voor niks?!
      (lang) Sinds {sinds} geen internet en niemand die iets laat weten. Waar betaal ik eigenlijk voor
      moet morgen een tentamen maken en internet ligt er weer uit. ik word hier zo moe van
      (traag) Kan iemand me uitleggen waarom ik elke avond om 8 uur geen internet heb?? Ik ben het zat
      Thuiswerken is onmogelijk met jullie internet. Drie keer gebeld, drie keer een ander verhaal.
      (tv) Wij hebben al {n} dagen geen tv en internet. Mijn moeder van 84 zit zonder tv en alarmknop. Doe er wat aan!!
      Internet weer weg. Bij {concurrent} had ik dit nooit. Ik ga overstappen hoor
    `),
    sarcastic: lines(`
      top hoor, alweer geen internet
      Lekker bezig @Polderlink, weer een avondje zonder internet. Gelukkig heb ik nog een boek
      (lang) goed bezig hoor, storing nummer {n} deze maand. jullie zijn tenminste consequent
      Fijn dat ik {bedrag2} per maand betaal voor een lampje dat vooral mooi knippert
      (tv) Geweldige service weer. Tv op zwart precies tijdens de wedstrijd
      ah daar is ie weer, de dagelijkse storing. je kan er de klok op gelijk zetten
      (traag) Wauw, {snelheid} Mbit. Voelt als 1998. Dank jullie wel
    `),
  },
  ask: {
    public: lines(`
      [Dat is niet de bedoeling|Dat moet beter]! Er is geen storing bekend in {plaats}, dus ik kijk graag mee. «Stuur je ons een DM met je postcode en huisnummer?|Wilt u ons een privébericht sturen met uw postcode en huisnummer?»
      [Balen|Wat een gedoe]! Ik check de verbinding graag voor «je|u». «Stuur je even een DM met je postcode en huisnummer?|Wilt u uw postcode en huisnummer in een privébericht sturen?»
      (mobiel) [Balen|Wat onhandig]! Ik kijk even mee. «Stuur je ons een DM met je 06-nummer en waar je was?|Wilt u ons een privébericht sturen met uw 06-nummer en waar u was?»
    `),
    private: lines(`
      Dat is niet de bedoeling. «Wil je je postcode en huisnummer sturen?|Wilt u uw postcode en huisnummer sturen?» Dan check ik de verbinding meteen.
      Ik kijk direct met «je|u» mee. Welke lampjes branden er op «je|uw» {apparaat}? En «mag ik je postcode en huisnummer?|mag ik uw postcode en huisnummer?»
      (mobiel) Ik kijk even mee. In welke plaats «ben je|bent u» nu? En «heb je je|heeft u uw» telefoon al opnieuw opgestart?
      (tv) Welke lampjes branden er op «je|uw» tv-ontvanger? En «mag ik je postcode en huisnummer?|mag ik uw postcode en huisnummer?»
    `),
  },
  details: lines(`
    {postcode} {huisnr}. En ja, modem al {n} keer uit en aan gezet
    postcode {postcode}, nr {huisnr}. lampje knippert oranje
    Klantnummer {klantnr}, postcode {postcode}
    {postcode}, huisnummer {huisnr}. Buren hebben het ook trouwens
    (mobiel) in {plaats}, en ja al 2x herstart
    (mobiel) {plaats}. telefoon is al uit en aan geweest
    (tv) Alleen het rode lampje. {postcode} {huisnr}
  `),
  answers: lines(`
    Er is op dit moment een storing in {plaats} en omgeving. Onze monteurs zijn ermee bezig en we verwachten dat alles rond {hersteltijd} weer werkt.
    Ik zie op «je|uw» aansluiting inderdaad een storing. Er komt een monteur op {dag} tussen {tijdvak}; «je krijgt|u krijgt» een sms zodra hij onderweg is.
    (lang) Ik zie op «je|uw» aansluiting inderdaad een storing. Er komt een monteur op {dag} tussen {tijdvak}; «je krijgt|u krijgt» een sms zodra hij onderweg is.
    Ik heb «je|uw» {apparaat} op afstand opnieuw ingesteld. Branden de lampjes weer wit? Dan zou alles het weer moeten doen.
    (lang) Omdat «je|u» zo lang zonder internet zat, heb ik {credit} gecrediteerd. Dat «zie je|ziet u» terug op de volgende factuur.
    Er was werk aan de kabel in «je|uw» wijk, dat is nu klaar. Sorry dat we dit niet vooraf hebben laten weten!
    Ik zie dat de verbinding instabiel is. Ik stuur «je|u» kosteloos een nieuw modem, dat is er {dag}.
    (traag) Ik zie dat «je|uw» {apparaat} nog oude software had. Ik heb een update gestuurd; na een herstart «haal je|haalt u» weer de volle snelheid.
    (traag) De verbinding naar «je|uw» huis is 's avonds overbelast. We breiden de capaciteit in {plaats} uit en tot die tijd «krijg je|krijgt u» {credit} korting per maand.
    (mobiel) Er is een storing op een zendmast in {plaats}; die is rond {hersteltijd} opgelost. Tot die tijd werkt bellen via wifi gewoon.
    (mobiel) Ik heb «je|uw» simkaart opnieuw op het netwerk aangemeld. Zet «je|uw» telefoon even uit en aan, dan werkt mobiel internet weer.
    (tv) Ik heb een herstelsignaal naar «je|uw» tv-ontvanger gestuurd. Over 10 minuten «heb je|heeft u» weer beeld op alle zenders.
    (tv) Er is een storing op de tv-zenders in {plaats}. Internet werkt gewoon; tv is naar verwachting rond {hersteltijd} terug.
  `),
  publicAnswers: lines(`
    Er is op dit moment een storing in {plaats} en omgeving. Onze monteurs zijn ermee bezig; we verwachten dat alles rond {hersteltijd} weer werkt.
    [Balen|Wat een timing]! Er is een storing in {plaats}, sinds {uur} wordt eraan gewerkt. Op polderlink.example/storingen houden we de voortgang bij.
    De storing in {plaats} is inmiddels verholpen. Werkt het nog niet? Zet «je|uw» {apparaat} dan 1 minuut uit en weer aan.
    (mobiel) Er is een storing op een zendmast in {plaats}; die is rond {hersteltijd} opgelost. Tot die tijd werkt bellen via wifi gewoon.
    (tv) Er is een storing op de tv-zenders in {plaats}. We verwachten dat het beeld rond {hersteltijd} terug is.
  `),
  categories: [
    ['Opgelost', 6],
    ['Informatie gegeven', 2],
    ['Doorverwezen naar afdeling', 1],
  ],
};

const factuur: Scenario = {
  key: 'factuur',
  label: 'factuur',
  weight: 13,
  publicBias: 0.6,
  openers: {
    neutral: lines(`
      (hoog) Waarom is mijn factuur deze maand {bedrag}? Normaal betaal ik {bedrag2}.
      Ik heb een vraag over mijn factuur, er staat een bedrag op voor {extra} maar dat heb ik nooit afgenomen
      (dubbel) Er is 2x {bedrag2} afgeschreven deze maand. Kan dat teruggestort worden?
      (download) Hoe kan ik mijn factuur downloaden? Kan hem nergens vinden in de app
      (aanmaning) Ik krijg een aanmaning maar ik heb gewoon betaald op {datum}. Hoe zit dat?
      (rekening) Kan ik het rekeningnummer voor de automatische incasso wijzigen?
      (ontvanger) Waarom betaal ik nog voor de tv-ontvanger terwijl ik die in {maand} heb teruggestuurd?
      (korting) Mijn korting van {korting} staat niet meer op de factuur, klopt dat?
    `),
    angry: lines(`
      Jullie hebben gewoon {bedrag} van mijn rekening gehaald zonder dat ik iets heb besteld. Dit is toch diefstal
      Voor de {n}e keer: mijn factuur klopt niet!! Elke maand moet ik weer bellen
      (hoog) {bedrag} voor een maand internet?! Zijn jullie gek geworden
      (aanmaning) Incassobureau op mijn nek voor een rekening die ik al betaald heb. Echt schandalig.
    `),
    sarcastic: lines(`
      (hoog) leuk hoor, weer duurder en het internet wordt er niet sneller van
      Mooi, weer een factuur vol verrassingen. Jullie zouden een loterij moeten beginnen
    `),
  },
  ask: {
    public: lines(`
      Ik zoek het graag voor «je|u» uit! Omdat het om «je|uw» factuur gaat: «stuur je ons even een DM met je klantnummer?|wilt u ons een privébericht sturen met uw klantnummer?» Dan kijk ik meteen mee.
      Dat wil ik graag voor «je|u» nakijken. «Stuur je je klantnummer via een DM?|Wilt u uw klantnummer via een privébericht sturen?» Betaalgegevens bespreken we liever niet openbaar.
    `),
    private: lines(`
      «Stuur je je klantnummer even mee?|Wilt u uw klantnummer sturen?» Dan kijk ik wat er op de factuur van {maand} staat.
      Ik kijk het direct voor «je|u» na. Wat is «je|uw» klantnummer?
    `),
  },
  details: lines(`
    Klantnummer is {klantnr}. Het gaat om de factuur van {maand}.
    {klantnr}
    hier: {klantnr}, op naam van mijn vrouw trouwens
    Mijn klantnummer is {klantnr}, postcode {postcode}
  `),
  answers: lines(`
    Ik heb de factuur van {maand} nagelopen: {extra} stond er ten onrechte op. Ik heb {credit} gecrediteerd, dat staat binnen 5 werkdagen weer op «je|uw» rekening.
    (hoog) Het hogere bedrag komt door de eenmalige aansluitkosten in {maand}. Vanaf volgende maand «betaal je|betaalt u» weer {bedrag2}.
    (hoog) Er stond ten onrechte {extra} op de factuur. Ik heb {credit} gecrediteerd; vanaf volgende maand is het weer {bedrag2}.
    (dubbel) De dubbele afschrijving is teruggeboekt, «je ziet|u ziet» het bedrag binnen 3 werkdagen terug.
    (download) «Je vindt je|U vindt uw» facturen in de app onder Mijn Polderlink > Facturen. Ik heb de factuur van {maand} ook naar «je|uw» mailadres gestuurd.
    (aanmaning) De aanmaning is ingetrokken: de betaling van {datum} was inderdaad binnen. Sorry voor de schrik!
    (korting) De korting van {korting} liep af in {maand}. Ik heb hem met een jaar verlengd, dat staat vanaf {volgendemaand} op de factuur.
    (rekening) Het rekeningnummer is aangepast; de incasso van {volgendemaand} gaat al van de nieuwe rekening.
    (ontvanger) Klopt, de ontvanger is in {maand} bij ons binnengekomen. Ik heb de huur vanaf die dag gecrediteerd: {credit}.
  `),
  categories: [
    ['Opgelost', 5],
    ['Informatie gegeven', 3],
    ['Doorverwezen naar afdeling', 1],
  ],
};

const levering: Scenario = {
  key: 'levering',
  label: 'levering',
  weight: 12,
  openers: {
    neutral: lines(`
      Ik heb {dag} een {telefoon} besteld (bestelnummer {bestelnr}) maar nog niks ontvangen. Wanneer komt hij?
      waar blijft mijn bestelling? {bestelnr}
      Track & trace zegt al {n} dagen 'in sorteercentrum'. Weten jullie meer?
      (kwijt) {vervoerder} zegt dat mijn pakket bezorgd is maar ik heb niks gekregen. Bestelnr {bestelnr}
      (verhuis) Ik heb een nieuw modem besteld voor de verhuizing, komt dat op tijd? Ik verhuis {dag}
      (wijzig) Kan ik bestelling {bestelnr} nog wijzigen? Wil toch de {telefoon2} in plaats van de {telefoon}
      (buren) pakketje is bij de buren afgegeven maar die zijn op vakantie. wat nu?
      (kras) Mijn {telefoon} is binnen maar het scherm heeft een kras. Kan ik ruilen?
      (sim) Wanneer krijg ik mijn simkaart? Nummerbehoud loopt al sinds {dag}
    `),
    angry: lines(`
      Bestelling {bestelnr} had {dag} binnen moeten zijn. Hele dag thuisgebleven. Niks. Geen bericht.
      {n} weken wachten op een telefoon. {n} WEKEN. Bij {concurrent} heb je hem de volgende dag
      (kwijt) Jullie bezorger heeft mijn pakket gewoon over het hek gegooid en nu is het weg
    `),
    sarcastic: lines(`
      bestelling {bestelnr} staat nu al {n} dagen op 'bijna onderweg'. spannend hoor
      Leuk die 'morgen in huis' belofte. Welke morgen bedoelen jullie precies?
    `),
  },
  ask: {
    public: lines(`
      Ik ga het voor «je|u» uitzoeken! «Stuur je ons het bestelnummer en je postcode via DM?|Wilt u het bestelnummer en uw postcode in een privébericht sturen?»
      Dat is niet de levering die we beloofd hebben. «Stuur je even een DM met je bestelnummer?|Wilt u ons een privébericht sturen met het bestelnummer?» Dan zoek ik hem op.
    `),
    private: lines(`
      Ik zoek de bestelling even op, momentje. Klopt het bezorgadres in {plaats}?
      «Mag ik je bestelnummer en postcode?|Mag ik uw bestelnummer en postcode?» Dan kijk ik waar het pakket is.
    `),
  },
  details: lines(`
    {bestelnr}, postcode {postcode}
    Ja dat klopt. {postcode} {huisnr}
    Bestelnummer {bestelnr}. De buren hebben ook niks
  `),
  answers: lines(`
    «Je|Uw» {telefoon} ligt bij {vervoerder} en wordt morgen tussen {tijdvak} bezorgd. De track & trace staat in de mail van vandaag.
    Het pakket is helaas zoekgeraakt bij {vervoerder}. Ik heb een nieuwe {telefoon} voor «je|u» klaargezet, die wordt {dag} bezorgd, zonder extra kosten.
    (kwijt) Ik heb een claim bij {vervoerder} ingediend; daar «hoef je|hoeft u» niet op te wachten. Er gaat vandaag een nieuwe {telefoon} naar «je|u» toe.
    (kras) Ik heb een retourlabel naar «je|uw» mailadres gestuurd. Zodra we de {telefoon} binnen hebben, sturen we dezelfde dag een nieuwe.
    (wijzig) De bestelling is gewijzigd naar de {telefoon2}. Het prijsverschil verrekenen we op de eerste factuur.
    (verhuis) Het modem wordt {dag} bezorgd, ruim voor «je|uw» verhuizing. Op het nieuwe adres werkt het vanaf de eerste dag.
    (sim) De simkaart is vandaag verstuurd; het nummerbehoud gaat in zodra «je|u» hem activeert.
    (buren) Daar «hoef je|hoeft u» niet op te wachten: er gaat morgen een nieuw pakket naar «je|u» toe, tussen {tijdvak}. Het pakket bij de buren halen we later op.
  `),
  categories: [
    ['Opgelost', 5],
    ['Informatie gegeven', 3],
  ],
};

const opzegging: Scenario = {
  key: 'opzegging',
  label: 'opzegging',
  weight: 7,
  publicBias: 0.7,
  openers: {
    neutral: lines(`
      Hoe kan ik mijn abonnement opzeggen? Ik verhuis naar {land}
      Ik wil mijn internet opzeggen, wat is mijn opzegtermijn?
      Ik ga samenwonen en we houden het abonnement van mijn vriend aan. Kan ik het mijne opzeggen?
      (kosten) Wat kost het als ik mijn contract nu opzeg? Loopt nog tot {volgendemaand}
      (modem) Moet ik het modem terugsturen als ik opzeg? En hoe?
    `),
    angry: lines(`
      Ik wil opzeggen. Nu. Na een maand met {n} storingen ben ik er klaar mee
      Waarom is opzeggen zo moeilijk?? Aanmelden kon in 2 minuten online
      Ik zeg op. Ik ga naar {concurrent}, daar betaal ik {korting} per maand minder
    `),
    sarcastic: lines(`
      fijn dat je 3x moet bellen om op te zeggen. echt klantvriendelijk
    `),
  },
  ask: {
    public: lines(`
      Jammer dat «je|u» weg wilt! Ik regel het graag voor «je|u». «Stuur je ons een DM met je klantnummer?|Wilt u ons een privébericht sturen met uw klantnummer?»
    `),
    private: lines(`
      Jammer om te horen! Ik kan het hier voor «je|u» regelen. Wat is «je|uw» klantnummer, en per wanneer «wil je|wilt u» opzeggen?
      Dat regel ik graag voor «je|u». «Mag ik je klantnummer?|Mag ik uw klantnummer?» Dan kijk ik ook wanneer het contract afloopt.
    `),
  },
  details: lines(`
    {klantnr}, per 1 {volgendemaand} graag
    klantnummer {klantnr}. zo snel mogelijk
    {klantnr}. En waarom heb ik nooit de korting gekregen die {concurrent} wel geeft?
  `),
  answers: lines(`
    Het abonnement is opgezegd per 1 {volgendemaand}. «Je krijgt|U krijgt» een retourdoos voor het modem; verzenden is gratis. Mag ik vragen waarom «je|u» weggaat? Daar leren we van.
    De opzegtermijn is 1 maand. Ik heb de opzegging voor «je|u» vastgelegd, de bevestiging staat in «je|uw» mail.
    Jammer dat «je|u» gaat, en sorry voor alle ongemak. De opzegging is verwerkt, en mocht «je|u» ooit terugkomen: «je bent|u bent» welkom.
    (kosten) «Je contract loopt|Uw contract loopt» nog tot {volgendemaand}. Nu opzeggen kost de resterende maanden; per {volgendemaand} is het kosteloos. Ik heb de opzegging per die datum ingepland.
    (modem) Ja: na het opzeggen «krijg je|krijgt u» een gratis retourdoos. Daarna «heb je|heeft u» 4 weken om hem bij een PostNL-punt af te geven.
  `),
  categories: [
    ['Informatie gegeven', 4],
    ['Opgelost', 4],
  ],
};

export const SCENARIOS_NL_1 = [storing, factuur, levering, opzegging];
