import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
  host: HTMLElement;
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
  private mounted: Mounted | undefined;
  private placement: Placement | undefined;
  private render: Render = () => null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly name: string,
  ) {
    ctx.onInvalidated(() => this.hide());
  }

  show(placement: Placement, render: Render): void {
    this.render = render;
    const samePlace =
      this.placement?.anchor === placement.anchor &&
      this.placement.append === placement.append &&
      this.mounted?.host.isConnected;
    if (samePlace) {
      if (placement.float) this.mounted?.follower?.retarget(placement.float);
      this.paint();
      return;
    }
    this.hide();
    if (this.ctx.isInvalid) return;
    this.placement = placement;
    try {
      this.mounted = this.mount(placement);
    } catch (error) {
      this.placement = undefined;
      logDebug(`could not show ${this.name}`, error);
    }
  }

  hide(): void {
    const mounted = this.mounted;
    this.mounted = undefined;
    this.placement = undefined;
    if (!mounted) return;
    mounted.follower?.stop();
    mounted.root.unmount();
    mounted.host.remove();
  }

  get shown(): boolean {
    return this.mounted !== undefined;
  }

  private paint(): void {
    const mounted = this.mounted;
    if (!mounted) return;
    mounted.root.render(<FailOpen>{this.render(mounted.follower?.layout ?? OWN_PLACE)}</FailOpen>);
    mounted.follower?.schedule();
  }

  private mount({ anchor, append, float }: Placement): Mounted {
    const { host, body } = closedHost(this.name);
    if (append === 'last') anchor.append(host);
    else if (append === 'first') anchor.prepend(host);
    else if (append === 'after') anchor.after(host);
    else anchor.before(host);
    if (!float) {
      const root = createRoot(body);
      root.render(<FailOpen>{this.render(OWN_PLACE)}</FailOpen>);
      return { host, root };
    }
    const layer = document.createElement('div');
    layer.className = 'float';
    body.append(layer);
    const root = createRoot(layer);
    const follower = new FloatFollower(layer, float, () => this.paint());
    root.render(<FailOpen>{this.render(follower.layout)}</FailOpen>);
    follower.start();
    return { host, root, follower };
  }
}

/**
 * Our (boxless) host element and a closed shadow root holding a document of its own: html > head >
 * style, body. Closed: page scripts cannot reach into our UI through host.shadowRoot (the tests
 * reach it through the browsers' automation protocols instead). The styles travel inside this
 * module, so there is no stylesheet file the page could fetch; they reset the host themselves
 * (coach.css) so that it makes no box in LinkedIn's layout.
 */
function closedHost(name: string): { host: HTMLElement; body: HTMLElement } {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = css;
  head.append(style);
  const body = document.createElement('body');
  html.append(head, body);
  shadow.append(html);
  return { host, body };
}
