// The most frequent function words (articles, pronouns, prepositions, auxiliaries) and greetings
// of English and of the other Latin-script languages LinkedIn members write notes in most. A word
// two languages share counts for both, at a share (see detect-language.ts). Lowercase; elided
// forms keep their apostrophe ("l'", "dell'").

export const PROFILE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

const WORDS: Record<ProfileLanguage, string> = {
  en: `the and to of you your yours my me we our us it its is are was were be been being have has had
    would could should will can do does did that this these those with for on at about from what how why
    when who which there their they them he she his her him not but if or as an by just like really
    into than then also very much more all one so up out know think see saw read loved enjoyed share
    hope well here today week yesterday next last any some i'm i've i'd i'll you're you've it's don't
    didn't can't won't that's we're let's hi hello hey thanks thank cheers regards best dear great
    love looking forward work talk connect happy glad would've after over`,
  de: `der die das den dem des und ist ich sie ihr ihre ihren ihrem ihnen du dich dir dein deine wir uns
    unser unsere ein eine einen einem einer nicht mit auf für von zu zum zur im auch sehr gerne gern
    habe haben hat bin sind war wäre würde würden kann können möchte mich mir mein meine meinen über bei
    aus nach wie was wo warum wenn dass oder aber schon noch hallo danke vielen viele liebe lieber grüße
    gruß herzliche beste guten tag freue freuen freut kennen gesehen es man sich so also an will`,
  fr: `le la les un une des du de et est je vous votre vos nous notre nos tu ton ta tes il elle ils elles
    sont suis avec pour dans sur par pas ne que qui quoi comment pourquoi ce cette ces cet mais ou où
    aussi très bien merci bonjour salut cordialement serait aimerais au aux été avez avons ai faire plus
    moi mon ma mes se en à l' d' j' c' qu' n' m' s' échanger ravi ravie rencontrer plaisir`,
  es: `el la los las un una unos unas y es de del que en con por para se su sus tu tus te mi mis me yo
    usted muy pero como cómo qué más también gracias hola saludos está estoy son soy fue sería gustaría
    he has hemos ha lo le les al este esta estos ese esa nuestro nuestra porque cuando dónde donde sobre
    entre ya sí hay puedo quiero encantaría saludo encantado encantada conocerte gusto`,
  pt: `o os as um uma e é de do da dos das em no na nos nas com por para que não se seu sua seus suas você
    vocês eu meu minha nós nosso nossa muito muita mas como também obrigado obrigada olá oi abraço
    abraços está estou são sou foi seria gostaria tenho tem ao aos pelo pela isso este esta esse essa
    sobre quando onde porque já sim posso quero adoraria prazer conhecer`,
  it: `il lo la gli le un uno una e è di del della dei delle degli in con per su che non si mi ti ci vi io
    tu lei noi voi suo sua tuo tua mio mia nostro nostra molto ma come anche grazie ciao salve saluti
    cordiali sono sei sia stato sarebbe vorrei piacerebbe ho hai ha abbiamo al alla ai nel nella questo
    questa quando dove perché già sì posso voglio piacere conoscerti l' dell' all' nell' un' sull' dall'`,
  nl: `de het een en van ik je jij jouw u uw wij we ons onze is zijn was ben heb hebt heeft hebben met op
    voor aan in niet dat die dit deze er maar ook om te naar bij als wat hoe waarom wanneer zou zouden kan
    kunnen wil graag bedankt dank hoi hallo groet groeten vriendelijke leuk mooi erg heel jullie mijn me
    mij over uit nog al wel geen`,
};

/** Each word and the languages it belongs to. */
export const FUNCTION_WORDS: ReadonlyMap<string, readonly ProfileLanguage[]> = (() => {
  const map = new Map<string, ProfileLanguage[]>();
  for (const language of PROFILE_LANGUAGES) {
    for (const word of WORDS[language].split(/\s+/)) {
      if (!word) continue;
      const languages = map.get(word) ?? [];
      if (!languages.includes(language)) languages.push(language);
      map.set(word, languages);
    }
  }
  return map;
})();
