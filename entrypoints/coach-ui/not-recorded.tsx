import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NotRecordedNotice, type UnrecordedSend } from '@/components/not-recorded/NotRecordedNotice';
import { pageTheme } from '@/utils/linkedin/theme';
import { UiSlot } from './ui-slot';

/**
 * The page's one notice of sends that could not be recorded. It belongs to the page, not to a
 * dialog: an invitation's dialog has closed long before the last retry fails.
 */
export class NotRecorded {
  private readonly slot: UiSlot;
  private sends: UnrecordedSend[] = [];

  constructor(ctx: ContentScriptContext) {
    this.slot = new UiSlot(ctx, 'cultivate-notice');
  }

  /** Adds a send to the notice, showing it if it was not on screen. */
  say(send: UnrecordedSend): void {
    this.sends = [...this.sends, send];
    this.slot.show(
      { anchor: document.body, append: 'last' },
      <NotRecordedNotice sends={this.sends} theme={pageTheme()} onDismiss={() => this.dismiss()} />,
    );
  }

  private dismiss(): void {
    this.sends = [];
    this.slot.hide();
  }
}
