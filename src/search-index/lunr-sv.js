/*
 * lunr with lunr-languages' stemmer support and Swedish registered on it: the one place that puts
 * them together, for the build's index tools, the tests and the browser's search runtime alike.
 * lunr-languages' files are plugins (functions that take lunr), so they run once, here.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import swedish from 'lunr-languages/lunr.sv.js';

stemmerSupport(lunr);
swedish(lunr);

export default lunr;
