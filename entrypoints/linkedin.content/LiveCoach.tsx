import { useMemo, useSyncExternalStore } from 'react';
import { analyze } from '@/utils/coach';
import { CoachPanel } from '@/components/coach-panel/CoachPanel';
import { panelCollapsed } from '@/utils/storage/panel-collapsed';
import { useStored } from '@/utils/storage/use-stored';

/** Re-reads the note on every input event and shows the coach's view of it. */
export function LiveCoach({ note, limit }: { note: HTMLTextAreaElement; limit: number | undefined }) {
  const text = useSyncExternalStore(
    (notify) => {
      note.addEventListener('input', notify);
      return () => note.removeEventListener('input', notify);
    },
    () => note.value,
  );
  const analysis = useMemo(() => analyze({ text, surface: 'invitation', limit }), [text, limit]);
  const [collapsed, setCollapsed] = useStored(panelCollapsed);
  return (
    <CoachPanel analysis={analysis} text={text} collapsed={collapsed} onCollapsedChange={setCollapsed} />
  );
}
