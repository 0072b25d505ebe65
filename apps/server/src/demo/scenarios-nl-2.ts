/**
 * Why Dutch customers write, part 2: complaints, praise, privacy, questions, condolences,
 * brand-bashing and spam.
 */
import type { Scenario } from './scenario';
import { lines } from './slots';

const klacht: Scenario = {
  key: 'klacht',
  label: 'klacht',
  weight: 10,
  openers: {
    neutral: lines(`
      (monteur) Monteur zou {dag} tussen {tijdvak} komen, er is niemand geweest. Wat nu?
      (wacht) Al {wacht} minuten in de wacht bij de klantenservice. Is daar nog iemand?
      (winkel) Ik ben in de winkel in {plaats} echt onvriendelijk behandeld. Vind ik jammer.
      Ik heb {n} weken geleden een klacht ingediend en nog steeds niks gehoord
      Er zou teruggebeld worden. Niet gebeurd.
    `),
    angry: lines(`
      (monteur) Hele ochtend vrij genomen voor de monteur. Niemand gekomen. Geen bericht. Dit is echt de laatste keer
      Ik ga dit melden bij de Consumentenbond en Radar. Wat een bedrijf
      Worden jullie eigenlijk betaald om klanten af te poeieren?
      ik word van het kastje naar de muur gestuurd. chat zegt bel, telefoon zegt mail. WAT MOET IK NOU
    `),
    sarcastic: lines(`
      (wacht) {wacht} minuten in de wacht gestaan. gelukkig was de wachtmuziek top
      (wacht) Nou, dat was weer een heerlijk gesprek met jullie klantenservice. Not.
    `),
  },
  ask: {
    public: lines(`
      Zo hoort het niet te gaan, sorry! Ik wil dit graag rechtzetten. «Stuur je ons een DM met je postcode en huisnummer?|Wilt u ons een privébericht sturen met uw postcode en huisnummer?»
      Dat had anders moeten gaan. «Stuur je een DM met je klantnummer?|Wilt u uw klantnummer via een privébericht sturen?» Dan zoek ik uit wat er is misgegaan en regel ik het.
      (wacht) Sorry voor het wachten, dat is te lang. «Stuur je ons een DM met je vraag en klantnummer?|Wilt u ons uw vraag en klantnummer in een privébericht sturen?» Dan help ik «je|u» hier verder.
    `),
    private: lines(`
      Dat is niet zoals we het willen, sorry. «Mag ik je klantnummer?|Mag ik uw klantnummer?» Dan kijk ik wat er is misgegaan.
      (monteur) Wat een verspilde ochtend, dat snap ik. Wat is «je|uw» postcode en huisnummer? Dan plan ik het direct opnieuw in.
      (wacht) Sorry voor die wachttijd! Ik help «je|u» hier verder. Waar gaat het over, en wat is «je|uw» klantnummer?
    `),
  },
  details: lines(`
    {postcode} {huisnr}. En ik wil wel een vergoeding
    klantnummer {klantnr}
    {klantnr}. En dit is al de {n}e keer he
    (wacht) Over mijn factuur, {klantnr}. Er staat {extra} op
  `),
  answers: lines(`
    (monteur) De afspraak is verkeerd ingepland, dat ligt bij ons. De monteur komt nu {dag} tussen {tijdvak}, en ik heb {credit} gecrediteerd voor de verloren ochtend.
    Ik heb «je|uw» klacht van {datum} gevonden. De oplossing: {extra} is stopgezet en het bedrag wordt teruggestort. Ik bel «je|u» {dag} om te checken of alles klopt.
    (winkel) Dank «je|u» dat «je|u» dit meldt. Ik heb het besproken met de winkel in {plaats}; zo willen we niemand behandelen.
    Ik heb het terugbelverzoek nu zelf opgepakt: alles is geregeld, de bevestiging staat in «je|uw» mail.
    (wacht) Dat heb ik voor «je|u» opgepakt: {extra} is stopgezet en «je krijgt|u krijgt» {credit} terug.
  `),
  categories: [
    ['Opgelost', 4],
    ['Doorverwezen naar afdeling', 3],
    ['Geen reactie klant', 1],
  ],
};

const complimentReplies = lines(`
  Dank «je|u» wel! Dit soort berichten maken onze dag.
  Wat een leuk bericht, dank «je|u»! Veel plezier ermee.
  (collega) Wat leuk om te lezen! Ik geef het compliment door aan {collega}, die gaat hier heel blij van worden.
  (collega) Wat lief! Ik zorg dat {collega} dit te lezen krijgt, dat verdient een taartje.
  (werkt) Yes, fijn dat alles weer werkt! Bedankt voor het laten weten.
  (werkt) Wat fijn om te horen! Ik geef het compliment door aan de monteurs.
`);

const compliment: Scenario = {
  key: 'compliment',
  label: 'compliment',
  simple: true,
  weight: 5,
  publicBias: 1.5,
  openers: {
    happy: lines(`
      (collega) Wil even zeggen dat {collega} in de winkel in {plaats} me super heeft geholpen!
      (werkt) Monteur was vandaag binnen een uur klaar en supervriendelijk. Top!
      (werkt) Dankjewel voor de snelle hulp gisteren, internet is weer razendsnel
      Eindelijk een bedrijf dat doet wat het belooft. Nieuwe {telefoon} binnen een dag binnen!
      Complimenten aan jullie webcare, binnen 10 minuten antwoord. Kan {concurrent} nog wat van leren
      (collega) {collega} heeft mijn oma geholpen met haar nieuwe telefoon instellen. Zo lief
    `),
  },
  ask: { public: [], private: [] },
  details: lines(`
    graag gedaan!
    Doe ik, jullie ook!
  `),
  answers: complimentReplies,
  publicAnswers: complimentReplies,
  categories: [['Informatie gegeven', 1]],
};

const privacy: Scenario = {
  key: 'privacy',
  label: 'privacy',
  weight: 4,
  publicBias: 0.4,
  openers: {
    neutral: lines(`
      (reclame) Ik krijg steeds reclame van jullie terwijl ik me heb afgemeld. Hoe kom ik van die lijst af?
      (avg) Ik wil graag weten welke gegevens jullie van mij hebben (AVG).
      (verwijder) Verwijder al mijn gegevens aub, ik ben sinds {maand} geen klant meer
      (phishing) Ik kreeg een mail van 'Polderlink' met een betaallink, is dat echt van jullie? Lijkt phishing
      (bellen) Er belt iemand namens jullie over mijn contract. Ik vertrouw het niet
    `),
    angry: lines(`
      (ex) Mijn ex zegt dat ze mijn facturen kan inzien. Hoe kan dat??
      (reclame) Ik heb me 3x afgemeld en krijg NOG steeds mails. Is dat wel legaal?
    `),
  },
  ask: {
    public: lines(`
      Goed dat «je|u» het vraagt! Dit bespreken we liever niet openbaar. «Stuur je ons een DM?|Wilt u ons een privébericht sturen?» Dan regel ik het.
    `),
    private: lines(`
      Dat zoek ik direct voor «je|u» uit. Om zeker te weten dat ik met de juiste persoon spreek: wat zijn de laatste 4 cijfers van het rekeningnummer waarmee «je betaalt|u betaalt»?
      «Mag ik je klantnummer en geboortedatum?|Mag ik uw klantnummer en geboortedatum?» Dan weet ik zeker dat ik met de juiste persoon spreek.
    `),
  },
  details: lines(`
    {klantnr}, laatste cijfers {huisnr}
    klantnummer {klantnr}. nog steeds erg vervelend dit
  `),
  answers: lines(`
    (reclame) «Je bent|U bent» afgemeld voor alle reclame. Binnen 5 werkdagen stoppen de mails; «je krijgt|u krijgt» een bevestiging.
    (phishing) Die mail is niet van ons: we vragen nooit om via een link te betalen. «Je kunt|U kunt» hem verwijderen; ik heb hem gemeld bij ons securityteam.
    (ex) Ik heb het wachtwoord van «je|uw» account gereset en alle sessies beëindigd. Alleen «jij kunt|u kunt» nu inloggen, via de link in «je|uw» mail.
    (avg) Het inzageverzoek staat klaar: binnen 4 weken «krijg je|krijgt u» een overzicht van alle gegevens die we van «je|u» hebben.
    (verwijder) «Je|Uw» gegevens worden binnen 4 weken verwijderd. Alleen facturen bewaren we, omdat dat wettelijk 7 jaar moet.
    (bellen) Dat was niet van ons: we bellen nooit ongevraagd over een contract. Goed dat «je|u» het niet vertrouwde! Ik heb het nummer gemeld bij ons securityteam.
  `),
  categories: [
    ['Opgelost', 3],
    ['Informatie gegeven', 2],
    ['Doorverwezen naar afdeling', 1],
  ],
};

const vraagAnswers = lines(`
  (verhuis) Jazeker! Verhuizen gaat via Mijn Polderlink > Verhuizen. Op het adres in {plaats2} «kun je|kunt u» dezelfde snelheid krijgen.
  (wifi) Het wifi-wachtwoord «wijzig je|wijzigt u» in de app onder Wifi > Instellingen. Daarna even opnieuw verbinden met «je|uw» apparaten.
  (glasvezel) Glasvezel in {plaats} staat gepland voor {volgendemaand}. Op polderlink.example/glasvezel «kun je|kunt u» zien wanneer «jouw|uw» straat aan de beurt is.
  (esim) Ja, de {telefoon} ondersteunt eSIM. Een eSIM aanvragen kan in de app, binnen 5 minuten is hij actief.
  (buitenland) In {land} «kun je|kunt u» de bundel gebruiken zoals thuis, zonder extra kosten. Buiten de EU gelden andere tarieven; die staan in de app.
  (voicemail) Voicemail zet «je|u» uit door ##002# te bellen. Weer aanzetten kan in de app onder Instellingen.
  (internet) Zeker, Internet 1 Gbit is er ook zonder tv, voor {bedrag2} per maand. Overstappen kan per direct; ik kan het hier voor «je|u» regelen.
  (mesh) Ja, het modem werkt met elk mesh-systeem. Zet dan wel de wifi van het modem uit, anders zitten ze elkaar in de weg.
  (netflix) Netflix staat als app op de tv-ontvanger: druk op Home en kies Apps. Inloggen «doe je|doet u» met «je|uw» eigen Netflix-account.
  (verlengen) «Je kunt|U kunt» verlengen vanaf 2 maanden voor het einde van het contract, voor «jou|u» vanaf {volgendemaand}. De aanbiedingen staan in de app.
  (termijnen) Ja, «je kunt|u kunt» de {telefoon} in 24 termijnen betalen, zonder rente. Dat «kies je|kiest u» bij het bestellen.
  (extrasim) Dat kan: een extra sim onder «je|uw» abonnement kost {korting} per maand, met een eigen bundel. Aanvragen kan in de app onder Extra sim.
`);

const vraag: Scenario = {
  key: 'vraag',
  label: null,
  weight: 14,
  openers: {
    neutral: lines(`
      (verhuis) Kan ik mijn abonnement meenemen naar mijn nieuwe adres in {plaats2}?
      (wifi) hoe verander ik het wifi wachtwoord?
      (glasvezel) Wanneer komt er glasvezel in {plaats}?
      (esim) Werkt esim ook op de {telefoon}?
      (buitenland) Kan ik in {land} gewoon mijn bundel gebruiken?
      (voicemail) Hoe zet ik mijn voicemail uit?
      (internet) Hebben jullie ook een abonnement met alleen internet, zonder tv?
      (mesh) Is het modem geschikt voor een mesh systeem?
      (netflix) Hoe krijg ik Netflix op de tv-ontvanger?
      (verlengen) Vanaf wanneer kan ik mijn telefoon verlengen?
      (termijnen) Kan ik de {telefoon} ook in termijnen betalen?
      (extrasim) Mijn zoon gaat op kamers, kan hij een sim onder mijn abonnement krijgen?
    `),
  },
  ask: {
    public: [],
    private: lines(`
      (verhuis) Leuk, een nieuw huis! Wat is het nieuwe adres? Dan check ik welke snelheid daar kan.
      (glasvezel) Wat is «je|uw» postcode en huisnummer? Dan kijk ik precies wanneer «jouw|uw» straat aan de beurt is.
      (internet) «Welk abonnement heb je nu?|Welk abonnement heeft u nu?» Dan kijk ik wat het zonder tv kost.
      (verlengen) «Mag ik je klantnummer?|Mag ik uw klantnummer?» Dan zie ik wanneer «je|uw» contract afloopt.
    `),
  },
  details: lines(`
    (verhuis) {postcode} {huisnr}, in {plaats2}
    (glasvezel) {postcode} {huisnr}
    (internet) {abonnement} denk ik
    (verlengen) {klantnr}
  `),
  answers: vraagAnswers,
  // General information, nothing personal: it may all be answered in public.
  publicAnswers: vraagAnswers,
  categories: [
    ['Informatie gegeven', 7],
    ['Opgelost', 2],
  ],
};

const overlijden: Scenario = {
  key: 'overlijden',
  label: 'opzegging',
  weight: 1,
  publicBias: 0.1,
  openers: {
    neutral: lines(`
      Mijn vader is overleden. Hoe zeg ik zijn abonnement op?
      Mijn moeder is vorige week overleden, ik regel haar zaken. Wat hebben jullie nodig om haar contract te beëindigen?
    `),
  },
  ask: {
    public: [],
    private: lines(`
      Gecondoleerd met «je|uw» verlies. Ik regel het graag voor «je|u», zonder opzegtermijn. «Kun je|Kunt u» het klantnummer of adres sturen?
    `),
  },
  details: lines(`
    Klantnummer {klantnr}, adres {postcode} {huisnr}
    {postcode} {huisnr}. dank voor het meeleven
  `),
  answers: lines(`
    Het abonnement is per vandaag beëindigd, zonder kosten. Het modem hoeft niet terug. Veel sterkte de komende tijd.
    Alles is geregeld: het contract stopt per vandaag en de laatste factuur vervalt. Heel veel sterkte.
  `),
  categories: [['Opgelost', 1]],
};

const bashing: Scenario = {
  key: 'bashing',
  label: null,
  weight: 4,
  publicBias: 3,
  openers: {
    angry: lines(`
      slechtste provider van nederland, echt waar
      @Polderlink is echt bagger, {concurrent} is top
      nooit meer polderlink. nooit.
      Zo'n waardeloos bedrijf heb ik nog nooit meegemaakt
    `),
  },
  ask: {
    public: lines(`
      Dat is niet wat we willen horen. Wat is er gebeurd? «Stuur ons gerust een DM,|Stuurt u ons gerust een privébericht,» dan kijken we wat we kunnen doen.
    `),
    private: lines(`
      Dat klinkt alsof er echt iets mis is gegaan. Wat is er gebeurd?
    `),
  },
  details: [],
  answers: [],
  categories: [['Geen reactie klant', 1]],
};

const spam: Scenario = {
  key: 'spam',
  label: null,
  weight: 2,
  publicBias: 20,
  spam: true,
  openers: {
    neutral: lines(`
      Verdien €{n}000 per week vanuit huis!! DM me voor info
      Gratis {telefoon} winnen? Klik op de link in mijn bio
      Check mijn pagina voor de beste crypto tips
      Wil je meer volgers? Stuur me een bericht
    `),
  },
  ask: { public: [], private: [] },
  details: [],
  answers: [],
  categories: [['Spam', 1]],
};

export const SCENARIOS_NL_2 = [klacht, compliment, privacy, vraag, overlijden, bashing, spam];
