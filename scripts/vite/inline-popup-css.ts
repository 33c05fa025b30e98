import type { Plugin } from 'vite';

/**
 * The popup's stylesheets go inside popup.html as <style>, so its first paint waits for no request:
 * a linked stylesheet blocks both the paint and the first module script until the extension has
 * served it. Script stays external (extension pages forbid inline script); style may be inline.
 */
export function inlinePopupCss(): Plugin {
  return {
    name: 'cultivate:inline-popup-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle }) {
        if (!bundle || !path.endsWith('/popup/index.html')) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css)) return link;
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
