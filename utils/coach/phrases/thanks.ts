import type { PhraseEntry } from '../text/phrase-matcher';

/** Openers of thanks; what follows decides whether it is routine or real (signals/gratitude.ts). */
export const THANKS: readonly PhraseEntry[] = [
  'thank you for',
  'thank you so/very much for',
  'thanks/thankyou/grateful/thx/ty/cheers/ta for',
  'thanks so/very much for',
  'thanks again for',
  'thank you again for',
  'thanks a lot for',
  // Thanks typed on a phone ("u" is already read as "you"): "thnx for the ride".
  'thanx/thnx/thnks/tnx for',
  // Thanks said in the writer's first language inside an English note: "Obrigado for not giving up".
  'obrigado/obrigada/gracias/merci/danke/grazie/medaase/asante/shukran/salamat/arigato/dhanyavaad/dhanyawad/shukriya/kamsahamnida/spasibo/tak for',
  // "Mahalo for the ride home", "fa'afetai for coming to the game", "miigwech for the drum".
  "esso/mahalo/fa'afetai/faafetai/mauruuru/miigwech/meegwetch/wopila/pilamaya/marsii/kiitos/efharisto/toda/hvala/nagode/daalu/dankie/ngiyabonga/enkosi/xiexie/nandri/dhonnobad/tesekkurler for",
  'kia ora for',
  'xie xie for',
  'dziękuję for',
  'dank je for',
  'terima kasih for',
  // "I still owe you a brew for sorting that isolator"
  'owe you a _ for',
  'owe you one for',
];
