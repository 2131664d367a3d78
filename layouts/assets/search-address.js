/*
 * The search page's address: ?q= (and ?alla=1 when every edition is searched) kept in step with
 * the field, so a search can be linked to and the back button returns to the query before.
 */

/** The search page's URL for a query, searching every edition or only this one. */
export function searchUrl(form, query, all) {
  var url = new URL(form.action, window.location.href);
  if (query) {
    url.searchParams.set('q', query);
  }
  if (all) {
    url.searchParams.set('alla', '1');
  }
  return url.href;
}

export function queryFromUrl() {
  return new URLSearchParams(window.location.search).get('q') || '';
}

export function allFromUrl() {
  return new URLSearchParams(window.location.search).get('alla') === '1';
}

/**
 * The history entries of the search page: the first change after a settled query gets a new
 * entry, later keystrokes replace it, so the back button returns to the query before, not to
 * every prefix typed on the way. A query settles when the reader submits, leaves the field or
 * stops typing for settleMs.
 */
export function searchHistory(input, settleMs) {
  var settledQuery = null;
  var draftEntry = false;
  var settleTimer = 0;

  /** The query in the field is the one the reader meant: the next change starts a new entry. */
  function settle() {
    clearTimeout(settleTimer);
    settledQuery = input.value.trim();
    draftEntry = false;
  }

  return {
    settle: settle,

    /** Starts again from the address's query (the page opened, or the reader went back). */
    restart: function (query) {
      settledQuery = query;
      draftEntry = false;
      clearTimeout(settleTimer);
    },

    /** Shows `url`, the address of `query`, in the address bar. */
    follow: function (url, query) {
      if (url !== window.location.href) {
        if (draftEntry || query === settledQuery) {
          window.history.replaceState({ q: query }, '', url);
        } else {
          window.history.pushState({ q: query }, '', url);
          draftEntry = true;
        }
      }
      clearTimeout(settleTimer);
      settleTimer = setTimeout(settle, settleMs);
    },
  };
}
