/*
 * Draws the answer to a search: the list of hits (section title, where it is, a snippet with the
 * matched words in <mark>), the count for screen readers, and what to try when nothing matched.
 * Built with DOM methods and textContent only, never from HTML strings, so report text such as
 * "<script>" shows as text. Loaded by search.js together with the search runtime.
 */
(function () {
  'use strict';

  /**
   * Shows the answer to `query` in ui.results and its count in ui.status. ui: { results, status,
   * limit, snippetLength, searchUrl(query), onSuggestion(query) }.
   */
  function render(searcher, query, ui) {
    var answer = searcher.search(query);
    var limit = ui.limit;
    var results = ui.results;
    var status = ui.status;
    results.replaceChildren();
    if (answer.words.length === 0) {
      status.textContent = '”' + query + '” innehåller bara vanliga småord. Skriv ett mer specifikt ord.';
      return;
    }
    var count = answer.results.length;
    if (count === 0) {
      status.textContent = 'Inga träffar för ”' + query + '”.';
      results.appendChild(noHits(searcher, query, ui));
      return;
    }
    var list = element('ol', 'search-result-list');
    answer.results.slice(0, limit).forEach(function (result) {
      list.appendChild(resultItem(searcher, result, answer.words, ui.snippetLength));
    });
    results.appendChild(list);
    status.textContent = (count === 1 ? '1 träff' : count + ' träffar') + ' för ”' + query + '”.'
      + (count > limit ? ' Visar de ' + limit + ' första.' : '');
  }

  function resultItem(searcher, result, words, snippetLength) {
    var item = element('li', 'search-result');
    var link = element('a', 'search-result-link');
    link.href = result.url.charAt(0) === '/' ? result.url : '#';
    appendSegments(link, searcher.highlight(result.title, words, 0));
    var chapter = element('span', 'search-result-chapter');
    chapter.textContent = whereText(result);
    var snippet = element('p', 'search-result-snippet');
    appendSegments(snippet, searcher.highlight(result.text, words, snippetLength));
    item.append(link, chapter, snippet);
    return item;
  }

  var KINDS = { table: 'Tabell i ', chart: 'Diagram i ' };

  /** Where a hit is: "Tabell i Kapitel › Avsnitt", or the chapter's opening text. */
  function whereText(result) {
    var edition = result.otherEdition ? 'Lägesbild ' + result.year + ': ' : '';
    if (result.kind === 'section' && result.url.indexOf('#') < 0) {
      return edition + 'Kapitlets inledning';
    }
    var where = result.context ? result.chapter + ' › ' + result.context : result.chapter;
    return edition + (KINDS[result.kind] || '') + where;
  }

  /**
   * One searcher over several editions' searchers ([{ year, searcher }]): hits matching the most
   * words first, then by score, the edition being read first on a tie; each hit knows its year.
   */
  function combine(parts, currentYear) {
    var first = parts[0].searcher;
    return {
      search: function (query) {
        var words = null;
        var all = [];
        parts.forEach(function (part) {
          var answer = part.searcher.search(query);
          words = words || answer.words;
          answer.results.forEach(function (hit) {
            hit.year = part.year;
            hit.otherEdition = part.year !== currentYear;
            all.push(hit);
          });
        });
        all.sort(function (a, b) {
          return b.matched - a.matched || b.score - a.score || Number(a.otherEdition) - Number(b.otherEdition) || b.year - a.year;
        });
        return { words: words || [], results: all };
      },
      highlight: first.highlight,
      suggest: first.suggest,
    };
  }

  /** What to do when nothing matched: say so, and offer the closest words the report uses. */
  function noHits(searcher, query, ui) {
    var box = element('div', 'search-empty');
    var suggestion = searcher.suggest(query);
    if (suggestion) {
      var offer = element('p', 'search-suggestion');
      var link = element('a');
      link.href = ui.searchUrl(suggestion);
      link.textContent = suggestion;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        ui.onSuggestion(suggestion);
      });
      offer.append('Menade du ', link, '?');
      box.appendChild(offer);
    }
    var tip = element('p');
    tip.textContent = 'Prova färre ord, ett kortare ord eller ett annat ord med samma betydelse, till exempel ”brott” i stället för ”kriminalitet”.';
    box.appendChild(tip);
    return box;
  }

  function appendSegments(parent, segments) {
    segments.forEach(function (segment) {
      if (segment.mark) {
        var mark = element('mark');
        mark.textContent = segment.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(segment.text));
      }
    });
  }

  function element(name, className) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    return node;
  }

  window.LagesbildSearchView = { render: render, combine: combine };
}());
