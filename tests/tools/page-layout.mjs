// Runs in the page (pass it to page.evaluate): where every shown element is, as one string, so a
// tool can tell whether switching the colour scheme moved or hid anything.
export function layoutOf() {
  return [...document.querySelectorAll('body *')].map((e) => {
    const r = e.getBoundingClientRect();
    return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`;
  }).join(' ');
}
