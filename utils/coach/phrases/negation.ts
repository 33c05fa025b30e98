import { wordSet } from '../text/word-set';
/** Words that deny what follows: "not urgent", "not job hunting", "I don't think we've met". */
export const DENIALS: ReadonlySet<string> = wordSet("not no never nothing don't dont doesn't doesnt haven't didn't");
/** Words that deny the thing named just after: "no registration fee", "no review needed", "without a deposit". */
export const NO_OR_WITHOUT: ReadonlySet<string> = wordSet('no without');
/** Words that deny the verb after them ("we're not bidding it", "please, don't buy it"); not "no", a softener in "could you, no rush, share my post". */
export const VERB_DENIALS: ReadonlySet<string> = wordSet("don't dont doesn't aren't isn't never not");
