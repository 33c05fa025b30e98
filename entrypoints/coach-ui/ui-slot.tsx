import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FailOpen } from '@/components/FailOpen';
import { logDebug } from '@/utils/log';
import css from './coach.css?inline';
import { FloatFollower, type FloatLayout, type FloatTarget } from './float-follower';

/**
 * Where a piece of our UI lives. `anchor`/`append` put our (boxless) host element in the DOM, inside
 * LinkedIn's dialog so a modal dialog does not make it inert and Tab reaches it after the note;
 * `float` says what it floats beside, and the UI is then drawn in the top layer, out of LinkedIn's
 * flow. Without `float` the UI places itself (the page's notice, fixed in a corner).
 */
export type Placement = {
  anchor: Element;
  append: 'before' | 'after' | 'last' | 'first';
  float?: FloatTarget;
};

interface Mounted {
  root: Root;
  follower?: FloatFollower;
}

/** What a piece that places itself is told: it is never a strip. */
const OWN_PLACE: FloatLayout = { mode: 'dock' };

export type Render = (layout: FloatLayout) => ReactNode;

/**
 * One piece of our UI on the page (the panel, the prompt), in its own shadow root. `show` mounts it
 * at a place, or re-renders it there; a new place remounts it; `hide` takes it out.
 */
export class UiSlot {
  private ui: ShadowRootContentScriptUi<Mounted> | undefined;
  private placement: Placement | undefined;
  private render: Render = () => null;
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly name: string,
  ) {}

  show(placement: Placement, render: Render): void {
    this.render = render;
    const samePlace =
      this.placement?.anchor === placement.anchor &&
      this.placement.append === placement.append &&
      this.ui?.shadowHost.isConnected;
    if (samePlace) {
      if (placement.float) this.ui?.mounted?.follower?.retarget(placement.float);
      this.paint();
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

  private paint(): void {
    const mounted = this.ui?.mounted;
    if (!mounted) return;
    mounted.root.render(<FailOpen>{this.render(mounted.follower?.layout ?? OWN_PLACE)}</FailOpen>);
    mounted.follower?.schedule();
  }

  private async mount({ anchor, append, float }: Placement) {
    const ui = await createShadowRootUi<Mounted>(this.ctx, {
      name: this.name,
      // The styles travel inside this module: no stylesheet file the page could fetch. They reset
      // the host themselves (coach.css) so that it makes no box in LinkedIn's layout.
      css,
      inheritStyles: true,
      // Closed: page scripts cannot reach into our UI through host.shadowRoot (the tests reach it
      // through the browsers' automation protocols instead).
      mode: 'closed',
      position: 'inline',
      anchor,
      append,
      onMount: (body) => {
        if (!float) {
          const root = createRoot(body);
          root.render(<FailOpen>{this.render(OWN_PLACE)}</FailOpen>);
          return { root };
        }
        const layer = document.createElement('div');
        layer.className = 'cultivate-float';
        body.append(layer);
        const root = createRoot(layer);
        const follower = new FloatFollower(layer, float, () => this.paint());
        root.render(<FailOpen>{this.render(follower.layout)}</FailOpen>);
        follower.start();
        return { root, follower };
      },
      onRemove: (mounted) => {
        mounted?.follower?.stop();
        mounted?.root.unmount();
      },
    });
    ui.mount();
    return ui;
  }
}
