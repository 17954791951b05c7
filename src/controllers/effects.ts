/**
 * What a state change does outside the state: camera moves, the element's events and full screen. The
 * reducer decides the new state; this reads the difference and acts, so the rules stay in one place and
 * the effects in another.
 */
import type { AtlasRecord } from '../core/record.ts';
import type { Action, AppState } from '../state/app-state.ts';
import { fire, type ActionSource, type AtlasHost } from './host.ts';
import type { StoryController } from './story-controller.ts';
import { boundsOf, isPoint, paddingClearOf, subjectPoints } from '../story/frame.ts';

export interface AtlasSelectDetail {
  id: string;
  kind: AtlasRecord['properties']['kind'];
}

/** Actions after which a loaded story's slide decides the camera. */
const SLIDE_ACTIONS = new Set<Action['type']>(['openStory', 'goToSlide', 'applySlide', 'replace']);

export function runEffects(
  ctx: { host: AtlasHost; byId: ReadonlyMap<string, AtlasRecord>; story: StoryController },
  prev: AppState,
  next: AppState,
  action: Action,
  source: ActionSource,
): void {
  const { host, byId, story } = ctx;
  const map = host.mapSurface;
  // A panel or picker that opens (after a click on the map, usually) must not sit under the tooltip of what was clicked.
  if (host.hover && (prev.selected !== next.selected || prev.country !== next.country || prev.group !== next.group || prev.panel !== next.panel)) host.hover = null;
  if (action.type === 'select' && action.id) {
    const r = byId.get(action.id);
    // Chosen from a list, the search or the API: go there. Clicked on the map: it is in view already.
    if (r && source !== 'map') flyToRecord(host, r);
    if (r) fire<AtlasSelectDetail>(host, 'atlas-select', { id: r.properties.id, kind: r.properties.kind });
  }
  const slide = SLIDE_ACTIONS.has(action.type) && next.story && story.story ? story.currentSlide : null;
  if (slide) {
    const { center, zoom } = slide.camera;
    // A link or an export jumps; a presenter's step flies, so the audience sees where the map goes.
    const jump = source === 'url' || action.type === 'applySlide';
    const bounds = boundsOf(subjectPoints(slide, byId));
    if (bounds && map) {
      // Fit the subject once the slide's cards are drawn, clear of them (their size follows the caption).
      void (async () => {
        await host.updateComplete;
        const presenter = host.renderRoot.querySelector('atlas-presenter');
        await presenter?.updateComplete;
        const at = host.getBoundingClientRect();
        // The legend stays on the map in present mode: the subject is kept clear of it as of the cards. On a
        // phone it sits in the top bar beside the exit button: the bar's rows are reserved (a column for the
        // legend would leave no map). Its entries follow the slide's layers: measure it once it has drawn them.
        const legendEl = host.renderRoot.querySelector('atlas-legend');
        await legendEl?.updateComplete;
        const lg = legendEl?.getBoundingClientRect();
        const phone = at.width <= 720;
        const legend = lg && lg.width > 0 ? [{ left: phone ? 0 : lg.left - at.left, top: lg.top - at.top, right: phone ? at.width : lg.right - at.left, bottom: lg.bottom - at.top }] : [];
        const pad = paddingClearOf([...(presenter?.cardBoxes(at) ?? []), ...legend], { width: at.width, height: at.height });
        // A box is fitted, never closer than the slide's own zoom allows (at least 4.5, so three cities keep
        // their region around them; at most 6.5, where a city pair fills the screen); one place is centred at
        // the slide's zoom.
        map.fitBounds(bounds, pad, isPoint(bounds) ? zoom : Math.min(6.5, Math.max(4.5, zoom)), jump ? 0 : 1800);
      })();
    } else if (jump) map?.jumpTo({ center: [center[0], center[1]], zoom });
    else map?.flyTo([center[0], center[1]], zoom, 1800);
  } else if (action.type === 'replace' && next.camera && !next.story) {
    map?.jumpTo(next.camera);
  } else if (action.type === 'closeStory' && prev.resume && next.camera) {
    // The story gave back what the reader had: the camera goes back to where they were too.
    map?.jumpTo(next.camera);
  }
  if (action.type === 'closeStory' && prev.story && document.fullscreenElement === host) void document.exitFullscreen().catch(() => undefined);
}

function flyToRecord(host: AtlasHost, r: AtlasRecord): void {
  const g = r.geometry;
  if (!g) return;
  const at = g.type === 'Point' ? g.coordinates : g.coordinates[Math.floor(g.coordinates.length / 2)];
  host.mapSurface?.flyTo(at as [number, number], g.type === 'Point' ? 4.5 : 4);
}
