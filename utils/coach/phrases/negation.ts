import { wordSet } from '../text/word-set';
/** Words that deny what follows: "not urgent", "not job hunting", "I don't think we've met". */
export const DENIALS: ReadonlySet<string> = wordSet("not no never nothing don't dont doesn't doesnt haven't didn't");
/** Words that deny the thing named just after: "no registration fee", "no review needed", "without a deposit". */
export const NO_OR_WITHOUT: ReadonlySet<string> = wordSet('no without');
