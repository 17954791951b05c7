// Bootstrap only: define the element; index.html places it.
import './components/innovation-atlas.ts';
