/*
 * Arriving from a search hit (?hl=words#section), the searched words are marked in the section and
 * the section itself is marked, with a button that takes the marks away again. DOM methods only
 * (the CSP allows no inline script or style).
 */
export function highlightSearchedWords() {
  var params = new URLSearchParams(window.location.search);
  var typed = (params.get('hl') || '').slice(0, 200);
  var roots = typed.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length >= 2; }).map(root);
  var prose = document.querySelector('main .prose');
  if (roots.length === 0 || !prose) {
    return;
  }
  var parts = sectionOf(prose);
  var marks = [];
  parts.forEach(function (part) {
    part.classList.add('search-target');
    marks.push.apply(marks, markWords(part, roots));
  });
  var bar = document.createElement('p');
  bar.className = 'search-highlight-bar';
  bar.setAttribute('role', 'note');
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Ta bort markeringen';
  bar.append('Sökorden ”' + typed + '” är markerade' + (marks.length === 0 ? ' (de finns inte ordagrant här).' : '.') + ' ', button);
  parts[0].parentNode.insertBefore(bar, parts[0].nextSibling);
  button.addEventListener('click', function () {
    marks.forEach(function (mark) { mark.replaceWith(document.createTextNode(mark.textContent)); });
    parts.forEach(function (part) { part.classList.remove('search-target'); part.normalize(); });
    bar.remove();
    params.delete('hl');
    var query = params.toString();
    window.history.replaceState(window.history.state, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    (parts[0].querySelector('h2, h3, h4') || parts[0]).focus({ preventScroll: true });
  });
}

// A word's stem, roughly: Swedish endings vary ("inbrott", "inbrotten"), so the last letters of a
// long word are left out and every word that contains the rest is marked.
function root(word) {
  return word.length > 5 ? word.slice(0, word.length - 2) : word;
}

// The target of the link (a heading: it and everything up to the next heading of its level or
// higher; a table or chart: just it), else the whole chapter text.
function sectionOf(prose) {
  var id = decodeURIComponent(window.location.hash.slice(1));
  var target = id ? document.getElementById(id) : null;
  if (!target || !prose.contains(target)) {
    return [prose];
  }
  while (target.parentElement && target.parentElement !== prose) {
    target = target.parentElement;
  }
  var level = /^H[2-6]$/.test(target.tagName) ? Number(target.tagName[1]) : 0;
  var parts = [target];
  if (level > 0) {
    for (var next = target.nextElementSibling; next; next = next.nextElementSibling) {
      if (/^H[2-6]$/.test(next.tagName) && Number(next.tagName[1]) <= level) {
        break;
      }
      parts.push(next);
    }
  }
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  return parts;
}

function markWords(element, roots) {
  var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentElement.closest('svg, script, style, .heading-anchor, .visually-hidden, mark')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  var nodes = [];
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
  }
  var marks = [];
  var word = /[\p{L}\p{N}]+/gu;
  nodes.forEach(function (text) {
    var value = text.nodeValue;
    var pieces = [];
    var last = 0;
    var match;
    word.lastIndex = 0;
    while ((match = word.exec(value)) !== null) {
      var lower = match[0].toLocaleLowerCase('sv');
      var hit = roots.some(function (r) { return r.length >= 5 ? lower.indexOf(r) >= 0 : lower.indexOf(r) === 0; });
      if (hit) {
        pieces.push(value.slice(last, match.index));
        var mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = match[0];
        pieces.push(mark);
        marks.push(mark);
        last = match.index + match[0].length;
      }
    }
    if (last > 0) {
      pieces.push(value.slice(last));
      var fragment = document.createDocumentFragment();
      fragment.append.apply(fragment, pieces);
      text.replaceWith(fragment);
    }
  });
  return marks;
}
