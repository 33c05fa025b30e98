import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FailOpen } from '@/components/FailOpen';
import { logDebug } from '@/utils/log';
import css from './coach.css?inline';
import { fitInView } from './fit-in-view';

/** What a mounted piece holds on to: its React root, and the watch that keeps a dialog in the window. */
interface Mounted {
  root: Root;
  stopFitting: () => void;
}

export type Placement = { anchor: Element; append: 'before' | 'after' | 'last' | 'first' };

/**
 * One piece of our UI on the page (the panel, the prompt), in its own shadow root. `show` mounts it
 * at a place, or re-renders it there; a new place remounts it; `hide` takes it out.
 */
export class UiSlot {
  private ui: ShadowRootContentScriptUi<Mounted> | undefined;
  private placement: Placement | undefined;
  private node: ReactNode = null;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly name: string,
  ) {}

  show(placement: Placement, node: ReactNode): void {
    this.node = node;
    const samePlace =
      this.placement?.anchor === placement.anchor && this.placement.append === placement.append && this.ui?.shadowHost.isConnected;
    if (samePlace) {
      this.ui?.mounted?.root.render(this.wrap());
      return;
    }
    this.hide();
    this.placement = placement;
    const generation = ++this.generation;
    this.mount(placement).then(
      (ui) => {
        if (generation !== this.generation || this.ctx.isInvalid) ui.remove();
        else this.ui = ui;
      },
      (error: unknown) => logDebug(`could not show ${this.name}`, error),
    );
  }

  hide(): void {
    this.generation++;
    this.ui?.remove();
    this.ui = undefined;
    this.placement = undefined;
  }

  get shown(): boolean {
    return this.ui !== undefined;
  }

  private wrap() {
    return <FailOpen>{this.node}</FailOpen>;
  }

  private async mount({ anchor, append }: Placement) {
    const ui = await createShadowRootUi<Mounted>(this.ctx, {
      name: this.name,
      // The styles travel inside this module: no stylesheet file the page could fetch.
      css,
      // Closed: page scripts cannot reach into our UI through host.shadowRoot (the tests reach it
      // through the browsers' automation protocols instead).
      mode: 'closed',
      position: 'inline',
      anchor,
      append,
      onMount: (container, _shadow, host) => {
        const root = createRoot(container);
        root.render(this.wrap());
        return { root, stopFitting: fitInView(host, container) };
      },
      onRemove: (mounted) => {
        mounted?.stopFitting();
        mounted?.root.unmount();
      },
    });
    ui.mount();
    return ui;
  }
}
