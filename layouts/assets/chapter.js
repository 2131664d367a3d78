// A chapter page, made easier to find one's way in: the section being read is marked in the
// sidebar (chapter-sections.js), and a search hit's words in the section it leads to
// (chapter-highlight.js). Without JavaScript the page is the same, only unmarked.
import { markSectionBeingRead } from './chapter-sections.js';
import { highlightSearchedWords } from './chapter-highlight.js';

markSectionBeingRead();
highlightSearchedWords();
