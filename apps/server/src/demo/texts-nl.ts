/**
 * Dutch: the scenarios plus the small talk of a conversation, in webcare tone. Empathy is varied
 * on purpose ("vervelend" in every reply is worth nothing, webcaregebod 5).
 */
import type { Language } from './scenario';
import { SCENARIOS_NL_1 } from './scenarios-nl';
import { SCENARIOS_NL_2 } from './scenarios-nl-2';
import { lines } from './slots';

export const NL: Language = {
  code: 'nl',
  scenarios: [...SCENARIOS_NL_1, ...SCENARIOS_NL_2],
  greetings: {
    informal: lines(`
      Hoi {naam}!
      Hé {naam},
      Hoi {naam},
      Hallo {naam}!
      Hey {naam},
    `),
    formal: lines(`
      Beste {volledigenaam},
      Hallo {volledigenaam},
    `),
    morning: 'Goedemorgen',
    afternoon: 'Goedemiddag',
    evening: 'Goedenavond',
  },
  hello: lines(`
    hoi
    Hallo
    goedemiddag
    hallo, ik heb een vraag
    Hoi, zijn jullie er?
    hey
  `),
  nudges: lines(`
    hallo??
    Krijg ik nog antwoord?
    ???
    Is daar iemand?
    al {wacht} minuten niks gehoord..
    En? Nog nieuws?
  `),
  thanks: lines(`
    top, dank je!
    (storing) werkt weer, thanks
    (storing) Het doet het weer 👍
    Super, bedankt voor de snelle hulp!
    ok prima
    Nou eindelijk. Bedankt
    dankjewel
    Helemaal goed zo, fijne dag!
    Dank u wel voor de moeite.
    ah top, dat scheelt
    thx
  `),
  unhappy: lines(`
    Dat zeiden jullie vorige keer ook
    En wat krijg ik als compensatie?
    (storing) ok maar het werkt nog steeds niet
    Dus ik moet maar weer wachten
    Dat lost mijn probleem niet op hoor
    Hmm. Ik hoop het, anders hoor je me weer
  `),
  checks: lines(`
    Werkt alles weer? Laat het gerust weten als er nog iets is!
    Is «je|uw» vraag hiermee beantwoord?
    Lukt het zo? Dan hoor ik het graag.
    Is alles zo duidelijk? «Laat maar weten|Laat het gerust weten» als er nog iets is.
  `),
  closings: lines(`
    Graag gedaan! Fijne dag nog.
    Fijn om te horen! Mocht er nog iets zijn, «je weet ons te vinden|u weet ons te vinden».
    Mooi zo! Dan sluit ik dit gesprek. Fijne dag verder!
    Graag gedaan, en sorry nog voor het ongemak.
    Top! Veel plezier ermee.
  `),
  laters: lines(`
    (storing) Ik check {dag} of de monteur is geweest en laat het «je|u» dan weten.
    (storing) Ik kom {dag} bij «je|u» terug met het antwoord van onze technische afdeling.
    Ik zoek het verder uit en kom {dag} bij «je|u» terug. Dan weet ik meer.
    Ik heb een notitie gezet om {dag} bij «je|u» te checken of alles geregeld is.
    (factuur) Zodra de creditnota verwerkt is (uiterlijk {dag}) stuur ik «je|u» een bericht.
    (levering) Ik houd de bezorging in de gaten en meld me {dag} weer.
  `),
  waits: lines(`
    Laat maar weten of het gelukt is!
    «Stuur je de foto van de lampjes nog even door?|Wilt u nog een foto van de lampjes sturen?»
    «Hoor je het als het nog niet werkt?|Laat u het weten als het nog niet werkt?»
  `),
  mailOpen: lines(`
    Geachte heer/mevrouw,
    Beste Polderlink,
    Hallo,
    Goedendag,
    Beste klantenservice,
  `),
  mailClose: lines(`
    Met vriendelijke groet,
    Groet,
    Mvg,
    Alvast bedankt,
  `),
  agentMailClose: 'Met vriendelijke groet,',
};

/** Internal notes: facts for colleagues, never sent. */
export const CONVERSATION_NOTES = lines(`
  Let op: klant heeft ook via e-mail geklaagd over hetzelfde.
  Klant wil graag teruggebeld worden na 17:00.
  (storing) Modem wordt {dag} omgeruild, klant is akkoord.
  (storing) Monteur ingepland {dag} tussen {tijdvak}.
  (storing) Gecheckt bij netwerkbeheer: storing {plaats} verwacht opgelost om {hersteltijd}.
  (factuur) Heeft al {n}x contact gehad over deze factuur, graag zelfde collega.
  (factuur) Creditnota {credit} aangemaakt, zichtbaar op factuur van {volgendemaand}.
  (levering) Claim bij {vervoerder} ingediend voor order {bestelnr}.
  (levering) Retour {telefoon} ontvangen, vervangend toestel verstuurd.
  (privacy) Identiteit gecontroleerd (klantnr {klantnr} + rekeningnummer).
  (klacht) Dreigt met Radar. Feitelijk blijven, compensatie besproken met teamleider.
  (opzegging) Opzegreden: {concurrent} is goedkoper. Doorgegeven aan het retentieteam.
`);

export const HANDOVER_NOTES = lines(`
  Wacht op bevestiging monteur, klant is al 2x afgepoeierd. Graag vandaag afronden.
  Creditnota is aangevraagd, klant nog laten weten als hij verwerkt is.
  Klant is boos maar redelijk. Ik ben er morgen weer, neem het gerust over.
  Pakket is zoek, claim bij vervoerder loopt. Even bijhouden aub.
`);

/** Notes on the customer, for whoever helps them next (seed 000); tagged by the customer's mood. */
export const CONTACT_NOTES = lines(`
  (angry) Let op: opvliegend. Rustig en feitelijk blijven.
  (happy) Superaardig, regel iets leuks als het kan.
  Zakelijke klant met 12 aansluitingen, graag snel oppakken.
  Heeft in {maand} al compensatie gehad; niet nogmaals zonder overleg met teamleider.
  Slechthorend: liever via chat of app dan bellen.
  (happy) Klant sinds 1998, erg loyaal. Verdient een extra stapje.
  (angry) Dreigt vaak met Radar, blijf vriendelijk en duidelijk.
  Ex-partner probeerde gegevens op te vragen: altijd identiteit checken!
`);
