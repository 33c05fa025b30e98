import { placeFloat, type FloatPlace, type Rect } from './float-position';

/** What a piece of our UI floats beside, read afresh at every move (LinkedIn re-renders). */
export interface FloatTarget {
  frame: () => Element | undefined;
  align?: () => Element | undefined;
  prefer: 'below' | 'above';
  dock: boolean;
}

/** What the UI inside needs to know: beside the dialog with room for everything, or a strip. */
export interface FloatLayout {
  mode: FloatPlace['mode'];
}

type PopoverElement = HTMLElement & { showPopover?: () => void };

/**
 * Keeps one layer of ours beside its frame. The layer is a manual popover, so it is drawn in the
 * top layer: above a modal <dialog> and LinkedIn's overlays, free of their transforms and scrolling,
 * and out of their flow (LinkedIn's layout never moves for it). Moves are coalesced to one per frame.
 */
export class FloatFollower {
  layout: FloatLayout;
  private frameRequest = 0;
  private readonly cleanups: Array<() => void> = [];
  private observer: ResizeObserver | undefined;
  private stopped = false;
  private readonly watchedRoots = new Set<ShadowRoot>();

  constructor(
    private readonly layer: PopoverElement,
    private target: FloatTarget,
    private readonly onLayoutChange: () => void,
  ) {
    this.layout = { mode: this.place().mode };
  }

  start(): void {
    this.layer.setAttribute('popover', 'manual');
    try {
      this.layer.showPopover?.();
    } catch {
      // Not in the document yet, or already shown: position: fixed still keeps us out of the flow.
    }
    const schedule = () => this.schedule();
    const win = this.layer.ownerDocument.defaultView ?? window;
    win.addEventListener('resize', schedule);
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    this.cleanups.push(() => {
      win.removeEventListener('resize', schedule);
      win.removeEventListener('scroll', schedule, { capture: true });
    });
    if (typeof ResizeObserver === 'function') this.observer = new ResizeObserver(schedule);
    this.observe();
    this.move();
  }

  retarget(target: FloatTarget): void {
    this.target = target;
    this.observe();
    this.schedule();
  }

  schedule(): void {
    if (this.stopped || this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.move();
    });
  }

  stop(): void {
    this.stopped = true;
    cancelAnimationFrame(this.frameRequest);
    this.observer?.disconnect();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private observe(): void {
    if (!this.observer) return;
    this.observer.disconnect();
    this.observer.observe(this.layer);
    const frame = this.target.frame();
    const align = this.target.align?.();
    if (frame) this.observer.observe(frame);
    if (align) this.observer.observe(align);
    // Scroll events do not leave a shadow root: listen where LinkedIn's dialog lives too.
    const root = frame?.getRootNode();
    if (root instanceof ShadowRoot && !this.watchedRoots.has(root)) {
      this.watchedRoots.add(root);
      const schedule = () => this.schedule();
      root.addEventListener('scroll', schedule, { capture: true, passive: true });
      this.cleanups.push(() => root.removeEventListener('scroll', schedule, { capture: true }));
    }
  }

  private place(): FloatPlace {
    const view = this.layer.ownerDocument.documentElement;
    const frame = this.target.frame();
    const box: Rect = frame?.getBoundingClientRect() ?? { left: 0, top: 0, right: view.clientWidth, bottom: 0 };
    return placeFloat({
      viewport: { width: view.clientWidth, height: view.clientHeight },
      frame: box,
      alignTop: this.target.align?.()?.getBoundingClientRect().top,
      // Its natural height, even while capped: a cap must not make it look as if it now fits.
      height: Math.max(this.layer.getBoundingClientRect().height, this.layer.scrollHeight),
      prefer: this.target.prefer,
      dock: this.target.dock,
    });
  }

  private move(): void {
    if (this.stopped) return;
    const place = this.place();
    const style = this.layer.style;
    style.left = `${Math.round(place.left)}px`;
    style.top = `${Math.round(place.top)}px`;
    style.width = `${Math.round(place.width)}px`;
    const cap = place.maxHeight;
    style.maxHeight = cap === undefined ? '' : `${Math.floor(cap)}px`;
    style.overflowY = cap === undefined ? '' : 'auto';
    this.layer.dataset.mode = place.mode;
    this.layer.dataset.edge = place.mode === 'dock' ? place.side : place.edge;
    if (place.mode !== this.layout.mode) {
      this.layout = { mode: place.mode };
      this.onLayoutChange();
    }
  }
}
