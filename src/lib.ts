/**
 * The library entry (innovation-atlas.js): one <script type="module"> defines <innovation-atlas>.
 * Its worker, basemap, dataset and icons are files beside it, found from this module's URL.
 */
import { setPublishedBase } from './embed/published-base.ts';

setPublishedBase(new URL('./', import.meta.url).href);

export { InnovationAtlas } from './components/innovation-atlas.ts';
export type { AtlasReadyDetail, AtlasSelectDetail, AtlasViewChangeDetail, AtlasSlideChangeDetail, AtlasErrorDetail } from './components/innovation-atlas.ts';
export type { AppState } from './state/app-state.ts';
export type { Controls, Theme } from './state/embed-options.ts';
export { PROTOCOL_VERSION } from './embed/protocol.ts';
export type { Command as EmbedCommand, OutMessage as EmbedMessage } from './embed/protocol.ts';
