/**
 * Short, frequent words per language. On text of a few words a character n-gram model has too
 * little to go on (eld calls "hallo" Finnish); these words decide such messages, and tip the
 * balance for longer ones. Words shared by several of these languages count for each, divided.
 */
const WORDS: Record<string, string> = {
  nl:
    'de het een en van ik je jij u uw is niet wel dat die met voor op te zijn er maar om ook als bij nog naar heb heeft hebben ' +
    'wordt worden kan kunt kunnen mijn jullie wat waarom wanneer hoe geen al weer nu dan zo deze dit hier daar graag bedankt dank ' +
    'alvast waar welke omdat mij me ons onze hun zij ze we wij was waren zou zal gaat doet gewoon echt heel erg nooit niks niets ' +
    'iets veel meer moet moeten alweer hallo hoi goedemorgen goedemiddag groet groeten vriendelijke mvg gr dankjewel bedankt ' +
    'sinds toch even effe gisteren vandaag morgen steeds krijg krijgen helemaal waarom kom komt geleverd ontvangen ' +
    // Flemish
    'ge gij da nie ambetant goesting allez amai efkes zijt hebt ne nen gene',
  en:
    'the a an and of i you is are not do does did to in it that this for on with my your we our be was were have has had can ' +
    'could would will what why when how where which no yes please thanks thank hi hello still again just been any get got ' +
    "dont don't can't cant im i'm its it's from they them their me us there here today yesterday tomorrow since never",
  de:
    'der die das und ist nicht ich sie du mit für auf ein eine zu es wir ihr mein dein noch schon bitte danke warum wann wie ' +
    'kein keine bei aus habe haben wird werden sind war hallo guten tag leider immer',
  fr:
    'le la les et est pas je vous tu un une des de du en pour avec mon ma mes ne que qui ce cette bonjour merci pourquoi quand ' +
    'comment très encore toujours sur dans il elle nous salut',
  // Close neighbours, listed so that their text does not read as Dutch, German or French.
  af: "ek jy julle hulle nie baie vir gaan sê wees sy hy die en van het om te wat dit maar ook ons hom haar was toe nou moet net daar 'n",
  da: 'og jeg er det ikke at en den til på med som har de for af var fra men kan vil skal hvad hvor mig dig sig os han hun meget også',
  es: 'el la los las y es no que de en un una por para con mi su pero muy qué cómo cuándo hola gracias está',
  it: 'il la le e è non che di in un una per con mio ma molto perché come quando ciao grazie sono',
};

/** The languages with function words; each word's languages below are listed in this order. */
export const FUNCTION_WORD_CODES = Object.keys(WORDS);

/** word → languages it is a function word of */
export const FUNCTION_WORDS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(WORDS)) {
  for (const w of list.split(/\s+/)) {
    if (!w) continue;
    const langs = FUNCTION_WORDS.get(w) ?? [];
    if (!langs.includes(lang)) langs.push(lang);
    FUNCTION_WORDS.set(w, langs);
  }
}
