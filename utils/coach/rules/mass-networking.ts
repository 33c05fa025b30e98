import { defineRule } from '../rule';
import { outsideTopics } from '../signals/topics';
import { isPersonal } from '../signals/personal';
import { massNetworking } from '../signals/phrase-sets';

export const massNetworkingRule = defineRule({
  id: 'mass-networking',
  principle: 'relationship',
  kind: 'concern',
  description: 'Networking as collecting: "expanding my network", "like-minded professionals".',
  check(doc, context) {
    const personal = isPersonal(doc, context);
    return outsideTopics(doc, massNetworking.find(doc)).map((match) => ({
      severity: personal ? 'info' : 'warning',
      message: 'This says you are collecting connections, not meeting this person.',
      why: 'Networking is about real connection; "growing my network" tells them they are one of many.',
      range: match.range,
      suggestion: 'Say why this person, in particular, is someone you want to know.',
    }));
  },
});
