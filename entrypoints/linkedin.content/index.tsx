import './panel.css';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FailOpen } from '@/components/FailOpen';
import { readNoteLimit } from '@/utils/linkedin/find-note';
import { logDebug } from '@/utils/log';
import { LiveCoach } from './LiveCoach';
import { watchNote } from './watch-note';

export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<Root> | undefined;

    watchNote(ctx, (note) => {
      ui?.remove();
      ui = undefined;
      if (!note) return;
      mountCoach(ctx, note).then(
        (mounted) => {
          if (note.isConnected && !ctx.isInvalid) ui = mounted;
          else mounted.remove();
        },
        (error: unknown) => logDebug('could not mount the coach', error),
      );
    });
    ctx.onInvalidated(() => ui?.remove());
  },
});

async function mountCoach(ctx: ContentScriptContext, note: HTMLTextAreaElement) {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'cultivate-coach',
    position: 'inline',
    anchor: note,
    append: 'after',
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <FailOpen>
          <LiveCoach note={note} limit={readNoteLimit(note)} />
        </FailOpen>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
