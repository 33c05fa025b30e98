import { FollowUpStarters } from '@/components/relationship-memory/FollowUpStarters';
import { RelationshipMemory } from '@/components/relationship-memory/RelationshipMemory';
import type { Recipient, Surface } from '@/utils/coach';
import type { Recall } from '@/utils/journey/recall';
import { followUpStarters } from '@/utils/starters/follow-up-starters';

export interface JourneyAsideProps {
  known: Recall;
  surface: Surface;
  recipient: Recipient;
  /** The draft as it stands: starters are offered only before the person has written anything. */
  text: string;
  theme: 'light' | 'dark';
  onChooseStarter?: (starter: string) => void;
}

/** The memory line, and for a message to someone who accepted, the follow-up starters. */
export function JourneyAside({ known, surface, recipient, text, theme, onChooseStarter }: JourneyAsideProps) {
  const who = recipient.firstName ?? recipient.name ?? known.contact.name;
  const accepted = known.contact.stage !== 'requested';
  const starters =
    surface === 'message' && accepted && onChooseStarter && text.trim() === ''
      ? followUpStarters({ recipient, offered: known.offered })
      : [];
  return (
    <RelationshipMemory known={known} surface={surface} who={who} now={known.at} theme={theme}>
      {onChooseStarter && <FollowUpStarters starters={starters} onChoose={onChooseStarter} />}
    </RelationshipMemory>
  );
}
