/** The public events of `<innovation-atlas>` and their details (a host page listens for these). */
import type { DatasetError } from '../core/validate.ts';
import type { AtlasSelectDetail } from '../controllers/effects.ts';
import type { AtlasSlideChangeDetail } from '../controllers/story-controller.ts';

export type { AtlasSelectDetail, AtlasSlideChangeDetail };

export interface AtlasReadyDetail {
  records: number;
  errors: number;
}
export interface AtlasViewChangeDetail {
  center: [number, number];
  zoom: number;
}
export interface AtlasErrorDetail {
  errors: DatasetError[];
}

declare global {
  interface HTMLElementEventMap {
    'atlas-ready': CustomEvent<AtlasReadyDetail>;
    'atlas-select': CustomEvent<AtlasSelectDetail>;
    'atlas-viewchange': CustomEvent<AtlasViewChangeDetail>;
    'atlas-slidechange': CustomEvent<AtlasSlideChangeDetail>;
    'atlas-error': CustomEvent<AtlasErrorDetail>;
  }
}
