/*
 * The search field in the header and the search page (sok/). Loaded on every page, it does
 * nothing until the field gets focus (or the search page opens): only then does it load the
 * search runtime, search-view.js, which draws the results, and the edition's lunr index, whose
 * fingerprinted name the form's data-search-index gives (other editions' come from editions.json,
 * fetched once; search-loader.js). It keeps ?q= and the history in step with the field
 * (search-address.js), and moves between field and results with the arrow keys.
 */
import { allFromUrl, queryFromUrl, searchHistory, searchUrl } from './search-address.js';
import { failureText, fetchJson, loadModule, openIndex } from './search-loader.js';

start();

function start() {
  var DEBOUNCE_MS = 60;
  var SETTLE_MS = 1500;
  var PANEL_RESULTS = 6;
  var PAGE_RESULTS = 50;

  var form = document.querySelector('form[data-search-index]');
  var input = form && form.querySelector('input[name="q"]');
  var results = document.getElementById('search-results');
  var status = document.querySelector('[data-search-status]');
  if (!form || !input || !results || !status) {
    return;
  }

  var panel = document.querySelector('[data-search-panel]');
  var allLink = document.querySelector('[data-search-all]');
  var onSearchPage = !panel;
  var runtime = null;
  var view = null;
  var searcher = null;
  var loading = null;
  // Search in every published edition (search page only): other editions' indexes, listed in
  // editions.json, are fetched when the reader ticks the box, and their hits say their year.
  var scopeBox = document.querySelector('[data-search-scope-box]');
  var scope = document.querySelector('[data-search-scope]');
  var allSearcher = null;
  var loadingAll = null;
  var editionsList = null;
  var timer = 0;
  var shownQuery = null;
  // The query the reader asked to see uncorrected, by following "Sök i stället efter …".
  var literalQuery = null;
  var address = searchHistory(input, SETTLE_MS);

  input.addEventListener('focus', function () {
    load().catch(function () {});
    if (panel && input.value.trim() !== '' && results.firstChild) {
      panel.hidden = false;
    }
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(input.value, false); }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', onFieldKey);
  results.addEventListener('keydown', onResultsKey);
  form.addEventListener('submit', onSubmit);
  // "/" goes to the search field from anywhere on the page but a field (as on GitHub and GOV.UK);
  // the field's hint says so (aria-keyshortcuts and its placeholder).
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });

  if (onSearchPage) {
    input.value = queryFromUrl();
    address.restart(input.value);
    setUpScope();
    load().catch(function () {});
    update(input.value, false);
    window.addEventListener('popstate', function () {
      if (scope) {
        scope.checked = allFromUrl();
      }
      input.value = queryFromUrl();
      address.restart(input.value);
      update(input.value, false);
    });
    input.addEventListener('blur', address.settle);
  } else {
    // The panel closes when the reader clicks or tabs away from the field and its results.
    document.addEventListener('click', function (event) {
      if (!form.parentNode.contains(event.target)) {
        panel.hidden = true;
      }
    });
    form.parentNode.addEventListener('focusout', function (event) {
      if (event.relatedTarget && !form.parentNode.contains(event.relatedTarget)) {
        panel.hidden = true;
      }
    });
  }

  /** Fetches the runtime and the index once; later calls share the same promise. */
  function load() {
    if (!loading) {
      var url = form.getAttribute('data-search-index');
      loading = Promise.all([loadModule(form, 'runtime'), loadModule(form, 'view'), fetchJson(url)]).then(function (loaded) {
        runtime = loaded[0];
        view = loaded[1];
        searcher = openIndex(runtime, loaded[2], url, redraw);
        return searcher;
      });
      loading.catch(function (error) {
        loading = null;
        status.textContent = failureText(error, 'Sökningen kunde inte laddas. Försök igen om en stund.');
      });
    }
    return loading;
  }

  /** Draws the results again once the snippets' text has arrived. */
  function redraw() {
    if (shownQuery) {
      update(input.value, true);
    }
  }

  function update(raw, force) {
    var query = raw.trim();
    if (onSearchPage) {
      address.follow(searchUrl(form, query, searchesAll()), query);
    }
    if (query === '') {
      shownQuery = '';
      results.replaceChildren();
      status.textContent = onSearchPage ? 'Skriv ett eller flera ord i sökfältet.' : '';
      if (panel) {
        panel.hidden = true;
      }
      return;
    }
    if (!activeSearcher()) {
      status.textContent = onSearchPage ? 'Söker …' : status.textContent;
      (searchesAll() ? loadAll() : load()).then(function () { update(input.value, true); }).catch(function () {});
      return;
    }
    var shown = (searchesAll() ? 'alla:' : '') + query;
    if (shown === shownQuery && !force) {
      return;
    }
    shownQuery = shown;
    render(query);
    if (panel) {
      panel.hidden = document.activeElement !== input && !panel.contains(document.activeElement);
      allLink.href = searchUrl(form, query, searchesAll());
    }
  }

  function render(query) {
    // Drawing again (the snippets' text arrived) must not take the reader's place in the results.
    var focused = Array.prototype.indexOf.call(results.querySelectorAll('a'), document.activeElement);
    draw(query);
    var link = focused >= 0 ? results.querySelectorAll('a')[focused] : null;
    if (link) {
      link.focus();
    }
  }

  function draw(query) {
    view.render(activeSearcher(), query, {
      results: results,
      status: status,
      limit: onSearchPage ? PAGE_RESULTS : PANEL_RESULTS,
      snippetLength: onSearchPage ? 240 : 140,
      visibleCount: !onSearchPage,
      literal: query === literalQuery,
      searchUrl: function (suggested) { return searchUrl(form, suggested, searchesAll()); },
      onOriginal: function (original) {
        literalQuery = original;
        input.value = original;
        update(original, true);
        input.focus();
      },
      onSuggestion: function (suggestion) {
        input.value = suggestion;
        update(suggestion, false);
        if (onSearchPage) {
          address.settle();
        }
        input.focus();
      }
    });
  }

  function onSubmit(event) {
    if (!onSearchPage) {
      return; // The form opens the search page with ?q=, with or without JavaScript.
    }
    event.preventDefault();
    clearTimeout(timer);
    update(input.value, false);
    address.settle();
  }

  function searchesAll() {
    return Boolean(scope && scope.checked);
  }

  function activeSearcher() {
    return searchesAll() ? allSearcher : searcher;
  }

  /** Offers the choice only when there is more than one published edition to search. */
  function setUpScope() {
    if (!scope || !scopeBox) {
      return;
    }
    scope.checked = allFromUrl();
    fetchEditions().then(function (list) {
      scopeBox.hidden = otherEditions(list).length === 0;
    }).catch(function () {});
    scope.addEventListener('change', function () {
      address.settle();
      update(input.value, true);
    });
  }

  /** Other published editions that have a search index. */
  function otherEditions(list) {
    var year = Number(form.getAttribute('data-search-year'));
    return list.editions.filter(function (edition) { return edition.year !== year && edition.search; });
  }

  /** editions.json, fetched once for the scope box and the other editions' indexes. */
  function fetchEditions() {
    if (!editionsList) {
      editionsList = fetchJson(form.getAttribute('data-search-editions'));
      editionsList.catch(function () { editionsList = null; });
    }
    return editionsList;
  }

  /** This edition's searcher plus one per other published edition, combined into one. */
  function loadAll() {
    if (!loadingAll) {
      loadingAll = Promise.all([load(), fetchEditions()]).then(function (loaded) {
        var others = otherEditions(loaded[1]);
        return Promise.all(others.map(function (edition) {
          return fetchJson(edition.search).then(function (index) {
            return { year: edition.year, searcher: openIndex(runtime, index, edition.search, redraw) };
          });
        })).then(function (parts) {
          var own = { year: Number(form.getAttribute('data-search-year')), searcher: searcher };
          allSearcher = view.combine([own].concat(parts), own.year, runtime.answer);
          return allSearcher;
        });
      });
      loadingAll.catch(function (error) {
        loadingAll = null;
        status.textContent = failureText(error, 'Sökningen i alla utgåvor kunde inte laddas. Försök igen om en stund.');
      });
    }
    return loadingAll;
  }

  function onFieldKey(event) {
    if (event.key === 'ArrowDown') {
      var first = results.querySelector('a');
      if (first) {
        event.preventDefault();
        if (panel) {
          panel.hidden = false;
        }
        first.focus();
      }
    } else if (event.key === 'Escape' && panel && !panel.hidden) {
      // The first Escape only closes the results; the browser's own Escape (clearing a search
      // field) is left for the second.
      event.preventDefault();
      panel.hidden = true;
    }
  }

  function onResultsKey(event) {
    var links = Array.prototype.slice.call(results.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    if (event.key === 'ArrowDown' && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      input.focus();
      if (panel) {
        panel.hidden = true;
      }
    }
  }
}
