/*
 * The edition switcher, the "there is a newer edition" notice and the senaste/ redirects.
 *
 * An edition's pages never list the other editions themselves: a published edition must stay
 * byte-identical when next year's edition is published. What a page needs to know about the
 * other editions is read here from the site-level editions.json, which lists the published
 * editions with their chapters' slugs and anchors. Without JavaScript the switcher is a plain
 * link to utgavor/, the page listing every edition.
 *
 * Elements are made with DOM methods and textContent only, never from HTML strings.
 */
start();

/** Follows a senaste/ redirect, or draws the switcher and the notice where the page has them. */
function start() {
  // A senaste/ page: follow its link now, keeping the #section the reader came with (the
  // page's meta refresh, which drops it, is the fallback).
  var redirect = document.querySelector('a[data-redirect]');
  if (redirect) {
    window.location.replace(redirect.href + window.location.hash);
    return;
  }

  var nav = document.querySelector('nav[data-editions-url]');
  if (!nav || !window.fetch) {
    return;
  }

  var year = Number(nav.getAttribute('data-year'));
  var slug = nav.getAttribute('data-slug') || '';
  var isDraft = nav.hasAttribute('data-draft');

  fetch(nav.getAttribute('data-editions-url'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('editions.json: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(show)
    .catch(function () {
      // The plain link to utgavor/ stays, which is all a reader without the list needs.
    });

  function show(data) {
    var editions = (data.editions || []).slice().sort(function (a, b) { return b.year - a.year; });
    if (editions.length === 0) {
      return;
    }

    var links = [];
    var list = document.createElement('ul');
    list.className = 'edition-list';
    var listed = editions.slice();
    if (!listed.some(function (e) { return e.year === year; })) {
      // A draft is not in editions.json; show it in its own switcher only.
      listed.push({ year: year, title: nav.getAttribute('data-title'), draft: true });
      listed.sort(function (a, b) { return b.year - a.year; });
    }

    listed.forEach(function (edition) {
      var item = document.createElement('li');
      if (edition.year === year) {
        var current = document.createElement('span');
        current.className = 'edition-current';
        current.setAttribute('aria-current', 'true');
        current.textContent = edition.draft ? edition.year + ' (utkast)' : String(edition.year);
        item.appendChild(current);
      } else {
        var link = document.createElement('a');
        link.textContent = String(edition.year);
        link.setAttribute('aria-label', edition.title);
        links.push({ element: link, edition: edition });
        item.appendChild(link);
      }
      list.appendChild(item);
    });

    var label = document.createElement('span');
    label.className = 'edition-switcher-label';
    label.id = 'utgava_etikett';
    label.textContent = 'Utgåva:';
    list.setAttribute('aria-labelledby', label.id);
    nav.insertBefore(list, nav.firstChild);
    nav.insertBefore(label, list);

    var latest = editions[0];
    if (!isDraft && latest.year > year) {
      var notice = document.createElement('p');
      notice.className = 'edition-notice';
      notice.appendChild(document.createTextNode('Du läser ' + nav.getAttribute('data-title') + '. '));
      var newer = document.createElement('a');
      newer.className = 'edition-notice-link';
      newer.textContent = 'Senaste utgåvan är ' + latest.year + ' →';
      links.push({ element: newer, edition: latest });
      notice.appendChild(newer);
      var bar = nav.closest('.edition-bar') || nav;
      bar.appendChild(notice);
    }

    function update() {
      links.forEach(function (entry) {
        entry.element.href = target(entry.edition);
      });
    }

    update();
    window.addEventListener('hashchange', update);
  }

  // The same chapter (by slug) and section (by #id) in another edition when it has them,
  // otherwise that edition's home.
  function target(edition) {
    var chapter = null;
    (edition.chapters || []).forEach(function (c) {
      if (c.slug === slug) {
        chapter = c;
      }
    });
    if (!chapter) {
      return edition.url;
    }

    var id = '';
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      id = '';
    }
    var anchors = chapter.anchors || [];
    return id && anchors.indexOf(id) >= 0 ? chapter.url + '#' + encodeURIComponent(id) : chapter.url;
  }
}
