/*
 * Draws the answer to a search: the list of hits (section title, where it is, a snippet with the
 * matched words in <mark>), the count for screen readers, and what to try when nothing matched.
 * Built with DOM methods and textContent only, never from HTML strings, so report text such as
 * "<script>" shows as text. Loaded when the reader first searches (search-loader.js), beside
 * the search runtime; it imports nothing, so the runtime runs only as checked by its integrity hash.
 */
/**
 * Shows the answer to `query` in ui.results and its count in ui.status. ui: { results, status,
 * limit, snippetLength, literal, searchUrl(query), onSuggestion(query), onOriginal(query) }.
 * A query without hits is answered with the closest words of the report when they have hits
 * ("Visar resultat för …"), unless ui.literal.
 */
function render(searcher, query, ui) {
  // The reader asked for the very words typed (the link under a correction): no correction then.
  var answer = ui.literal ? searcher.search(query) : searcher.answer(query);
  if (ui.literal && answer.results.length === 0) {
    answer.suggestion = searcher.suggest(query);
  }
  var limit = ui.limit;
  var results = ui.results;
  var status = ui.status;
  results.replaceChildren();
  // A query cut to the search's limits is shown as searched, with a word that it was cut.
  var shown = answer.cut ? answer.searched : query;
  var cutNote = answer.cut ? ' Sökfrågan var för lång, så bara början av den söktes.' : '';
  if (answer.words.length === 0) {
    status.textContent = '”' + shown + '” innehåller bara vanliga småord. Skriv ett mer specifikt ord.' + cutNote;
    return;
  }
  var count = answer.results.length;
  if (count === 0) {
    status.textContent = 'Inga träffar för ”' + shown + '”.' + cutNote;
    results.appendChild(noHits(answer, ui));
    return;
  }
  // Hits found only through a corrected spelling ("narkotka" finds "narkotika" by its typo
  // tolerance) say so every time, not only when the words as typed found nothing.
  var fixed = answer.corrected || (ui.literal ? null : searcher.suggest(query));
  if (answer.corrected) {
    results.appendChild(corrected(answer, ui));
  } else if (fixed) {
    results.appendChild(typoNote(fixed, query));
  }
  if (answer.expanded.length > 0) {
    results.appendChild(expanded(answer));
  }
  var list = element('ol', 'search-result-list');
  answer.results.slice(0, limit).forEach(function (result) {
    list.appendChild(resultItem(searcher, result, answer.words, ui.snippetLength, fixed || query));
  });
  var countText = (count === 1 ? '1 träff' : count + ' träffar') + ' för ”' + (answer.corrected || fixed || shown) + '”.'
    + (count > limit ? ' Visar de ' + limit + ' första.' : '') + cutNote;
  if (ui.visibleCount) {
    // The header panel shows the count too; the live status already says it to screen readers.
    var countLine = element('p', 'search-count');
    countLine.setAttribute('aria-hidden', 'true');
    countLine.textContent = countText;
    results.insertBefore(countLine, results.firstChild);
  }
  results.appendChild(list);
  status.textContent = countText;
}

/** "Visar träffar för ”narkotika”." when the words as typed are not in the report. */
function typoNote(fixed, query) {
  var box = element('p', 'search-corrected');
  var shown = element('strong');
  shown.textContent = fixed;
  box.append('Visar träffar för ”', shown, '”. ”' + query + '” finns inte i rapporten.');
  return box;
}

/** The hit's address with the searched words (?hl=), which chapter.js marks on the page. */
function withHighlight(url, words) {
  if (url.charAt(0) !== '/') {
    return '#';
  }
  var hash = url.indexOf('#');
  var path = hash < 0 ? url : url.slice(0, hash);
  return path + '?hl=' + encodeURIComponent(words) + (hash < 0 ? '' : url.slice(hash));
}

function resultItem(searcher, result, words, snippetLength, typed) {
  var item = element('li', 'search-result');
  var link = element('a', 'search-result-link');
  link.href = withHighlight(result.url, typed);
  appendSegments(link, searcher.highlight(result.title, words, 0));
  var chapter = element('span', 'search-result-chapter');
  chapter.textContent = whereText(result);
  item.append(link, chapter);
  // The text arrives just after the index (search.js): until then a hit shows without a snippet.
  if (result.text) {
    var snippet = element('p', 'search-result-snippet');
    appendSegments(snippet, searcher.highlight(result.text, words, snippetLength));
    item.appendChild(snippet);
  }
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
 * answerOf is the runtime's answer(searcher, query), which corrects a query without hits.
 */
function combine(parts, currentYear, answerOf) {
  var first = parts[0].searcher;
  var combined = {
    answer: function (query) {
      return answerOf(combined, query);
    },
    search: function (query) {
      var words = null;
      var expandedWords = null;
      var read = null;
      var all = [];
      parts.forEach(function (part) {
        var answer = part.searcher.search(query);
        words = words || answer.words;
        read = read || answer;
        expandedWords = expandedWords || answer.expanded;
        answer.results.forEach(function (hit) {
          hit.year = part.year;
          hit.otherEdition = part.year !== currentYear;
          all.push(hit);
        });
      });
      all.sort(function (a, b) {
        return b.matched - a.matched || b.score - a.score || Number(a.otherEdition) - Number(b.otherEdition) || b.year - a.year;
      });
      return { words: words || [], expanded: expandedWords || [], results: all, searched: read ? read.searched : '', cut: read ? read.cut : false };
    },
    highlight: first.highlight,
    suggest: first.suggest,
  };
  return combined;
}

/** "Visar resultat för …" when the query had no hits and its correction has, with a way back. */
function corrected(answer, ui) {
  var box = element('p', 'search-corrected');
  var shown = element('strong');
  shown.textContent = answer.corrected;
  var original = element('a');
  original.href = ui.searchUrl(answer.original);
  original.textContent = answer.original;
  original.addEventListener('click', function (event) {
    event.preventDefault();
    ui.onOriginal(answer.original);
  });
  box.append('Inga träffar för ”' + answer.original + '”. Visar träffar för ”', shown, '”. Sök i stället efter ”', original, '”.');
  return box;
}

/** "Visar även träffar för …": the synonyms the query was widened with, so nothing is hidden. */
function expanded(answer) {
  var box = element('p', 'search-expanded');
  var synonyms = [];
  answer.expanded.forEach(function (item) {
    item.synonyms.forEach(function (synonym) {
      if (synonyms.indexOf(synonym) < 0) {
        synonyms.push(synonym);
      }
    });
  });
  box.textContent = 'Visar även träffar för ' + synonyms.map(function (s) { return '”' + s + '”'; }).join(', ') + '.';
  return box;
}

/** What to do when nothing matched: say so, and offer the closest words the report uses. */
function noHits(answer, ui) {
  var box = element('div', 'search-empty');
  var suggestion = answer.suggestion;
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

export { render, combine };
