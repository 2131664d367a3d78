/*
 * The chapter's contents in the sidebar mark the section being read (aria-current="location").
 */
export function markSectionBeingRead() {
  var links = Array.prototype.slice.call(document.querySelectorAll('.chapter-nav .sections-here a[href^="#"]'));
  if (links.length === 0 || !('IntersectionObserver' in window)) {
    return;
  }
  var headings = [];
  var byId = {};
  links.forEach(function (link) {
    var heading = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (heading) {
      byId[heading.id] = link;
      headings.push(heading);
    }
  });
  // The section being read is the last one whose heading has passed the upper third of the window.
  function mark() {
    var line = window.innerHeight / 3;
    var current = null;
    headings.forEach(function (heading) {
      if (heading.getBoundingClientRect().top <= line) {
        current = heading;
      }
    });
    links.forEach(function (link) {
      if (current && byId[current.id] === link) {
        link.setAttribute('aria-current', 'location');
      } else {
        link.removeAttribute('aria-current');
      }
    });
  }
  var observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
  headings.forEach(function (heading) { observer.observe(heading); });
  mark();
}
