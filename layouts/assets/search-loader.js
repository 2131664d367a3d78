/*
 * What the search fetches when the reader first searches: the search runtime (lunr, its Swedish
 * support and our query code) and search-view.js, as modules checked against the integrity hashes
 * the form gives (data-search-runtime, data-search-view), then the edition's index and, once the
 * first results are drawn, the text file it names, for the snippets.
 */

export function fetchJson(url) {
  return fetch(url, { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) {
      throw new Error(url + ': HTTP ' + response.status);
    }
    return response.json();
  });
}

/**
 * The form's data-search-NAME module. A module preload carries the integrity hash, which a
 * dynamic import() cannot; the import then takes the module the preload checked (the browser
 * keeps one copy of a module per URL).
 */
export function loadModule(form, name) {
  var url = form.getAttribute('data-search-' + name);
  var link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) {
    // Browsers without module preloads (Firefox before 115) would wait for a load event that
    // never comes; they import the fingerprinted file from this site, as the CSP allows.
    return import(url);
  }
  return new Promise(function (resolve, reject) {
    link.rel = 'modulepreload';
    link.href = url;
    link.integrity = form.getAttribute('data-search-' + name + '-integrity');
    link.onload = function () { resolve(); };
    link.onerror = function () { reject(new Error('search ' + name)); };
    document.head.appendChild(link);
  }).then(function () { return import(url); });
}

/**
 * A searcher over an index file (lunr's index and the documents' headings). Once the first
 * results are drawn it fetches the text file the index names, for the snippets, and calls
 * onText, to draw the results again with them: the first search downloads only what it needs
 * to list the hits.
 */
export function openIndex(runtime, data, url, onText) {
  if (!data || data.v !== runtime.schema) {
    // An index of another schema (a cached page with a newer index, or the reverse) would give
    // wrong results without an error: refuse it and ask for a reload instead.
    var error = new Error('search index ' + url + ' has schema ' + (data && data.v) + ', this page reads schema ' + runtime.schema);
    error.name = 'SearchSchemaError';
    console.error(error.message);
    throw error;
  }
  var opened = runtime.open(data);
  setTimeout(function () {
    fetchJson(new URL(data.text, new URL(url, window.location.href)).href).then(function (texts) {
      opened.addText(texts);
      onText();
    }).catch(function () {});
  }, 0);
  return opened;
}

/** What the status line says when loading failed: a reload mends an index of another schema, waiting does not. */
export function failureText(error, otherwise) {
  return error && error.name === 'SearchSchemaError' ? 'Sökningen kunde inte laddas – ladda om sidan.' : otherwise;
}
