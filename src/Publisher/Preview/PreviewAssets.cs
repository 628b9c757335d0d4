namespace Publisher.Preview;

/// <summary>The preview's own script and stylesheet, served under <see cref="PreviewSite.Prefix"/>.</summary>
internal static class PreviewAssets
{
    /// <summary>
    /// Listens to the watch's events (a WebSocket): when the book changed, reloads the page where the reader was (the scroll position
    /// is kept); when only the build's status changed (a failed build, the ebooks written), replaces the bar in place.
    /// </summary>
    public const string Script = """
        "use strict";
        // A page served as XHTML runs its scripts as the parser meets them, deferred or not: start once the body is there.
        const start = () => {
          const bar = () => document.getElementById("publisher-preview");
          const scrollKey = "publisher-preview-scroll:" + location.pathname;
          const saved = sessionStorage.getItem(scrollKey);
          // Where the reader was before the last reload; kept while the page is too short to get there (a chapter
          // caught half-saved), so the next reload still goes back to it.
          let wanted = null;
          if (saved !== null) {
            sessionStorage.removeItem(scrollKey);
            wanted = Number(saved);
            history.scrollRestoration = "manual";
            window.scrollTo(0, wanted);
            window.addEventListener("load", () => window.scrollTo(0, wanted), { once: true });
          }
          const place = () => {
            const bottom = document.documentElement.scrollHeight - window.innerHeight;
            return wanted !== null && window.scrollY >= bottom - 1 ? Math.max(wanted, window.scrollY) : window.scrollY;
          };

          // The newest revision announced; the bar is fetched again until it shows that one.
          let latest = bar().dataset.revision;
          let refreshing = false;
          async function refreshBar() {
            if (refreshing) return;
            refreshing = true;
            try {
              while (bar().dataset.revision !== latest) {
                const wanted = latest;
                const response = await fetch("/_preview/bar?page=" + encodeURIComponent(bar().dataset.page), { cache: "no-store" });
                const fragment = new DOMParser().parseFromString(await response.text(), "application/xhtml+xml");
                if (fragment.documentElement.id !== "publisher-preview") break;
                const open = new Set([...bar().querySelectorAll("details[open] > summary")].map(s => s.textContent.replace(/ \(\d+\)$/, "")));
                const fresh = document.importNode(fragment.documentElement, true);
                for (const summary of fresh.querySelectorAll("details > summary")) {
                  if (open.has(summary.textContent.replace(/ \(\d+\)$/, ""))) summary.parentElement.open = true;
                }
                bar().replaceWith(fresh);
                if (fresh.dataset.revision !== wanted && latest === wanted) break; // the server moved on; its next event says so
              }
            } finally {
              refreshing = false;
            }
          }

          // A WebSocket, not server-sent events: those hold one of the browser's six connections per open tab.
          let retry = 250;
          const listen = () => {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/_preview/events");
            socket.onopen = () => { retry = 250; };
            socket.onmessage = (message) => {
              const update = JSON.parse(message.data);
              if (update.document !== bar().dataset.document) {
                sessionStorage.setItem(scrollKey, String(place()));
                socket.onclose = null;
                socket.close();
                location.reload();
              } else {
                latest = String(update.revision);
                refreshBar();
              }
            };
            // The watch was stopped or restarted: try again, less and less often; a new watch makes the page reload.
            socket.onclose = () => {
              setTimeout(listen, retry);
              retry = Math.min(retry * 2, 5000);
            };
          };
          listen();
        };
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", start, { once: true });
        } else {
          start();
        }
        """;

    /// <summary>The bar's look: fixed at the top, out of the book's way, in the book's own light colours.</summary>
    public const string Stylesheet = """
        body { max-width: 46em; margin: 0 auto; padding: 0 1.2em; }
        .publisher-preview {
          position: sticky; top: 0; z-index: 1000;
          margin: 0 -1.2em 1em; padding: 0.4em 1.2em;
          font: 14px/1.4 system-ui, sans-serif; hyphens: manual;
          background: #f3f5f8; color: #1c1c1c; border-bottom: 1px solid #c4c9d0;
        }
        .publisher-preview a { color: #1a4f8f; }
        .publisher-preview .pp-nav { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; align-items: baseline; }
        .publisher-preview .pp-title { font-weight: 600; margin-right: auto; }
        .publisher-preview .pp-status { margin: 0.2em 0 0; color: #444; }
        .publisher-preview.state-failed { background: #fdf0f0; border-bottom-color: #c9302c; }
        .publisher-preview.state-failed .pp-status { color: #8a1c17; font-weight: 600; }
        .publisher-preview.state-building .pp-status { color: #5a4a00; }
        .publisher-preview details { margin-top: 0.3em; max-height: 40vh; overflow: auto; }
        .publisher-preview summary { cursor: pointer; font-weight: 600; }
        .publisher-preview ul { margin: 0.2em 0; padding-left: 1.2em; }
        .publisher-preview li { margin: 0.15em 0; overflow-wrap: anywhere; }
        .publisher-preview li.pp-error strong { color: #a4161a; }
        .publisher-preview li.pp-warning strong { color: #7a5300; }
        .publisher-preview li.pp-info strong { color: #3d5a80; }
        .publisher-preview .pp-where { font-family: ui-monospace, monospace; }
        """;
}
