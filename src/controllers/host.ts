/**
 * What the controllers may use of the atlas element. Declared here, not imported from the element, so
 * controllers depend on the core and the state only (no folder cycle) and can be tested with a plain host.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AtlasRecord } from '../core/record.ts';
import type { DatasetError } from '../core/validate.ts';
import type { Action, AppState, Camera } from '../state/app-state.ts';

/** Who asked for a change; it decides camera moves (a click on the map does not fly) and events. */
export type ActionSource = 'ui' | 'map' | 'api' | 'url';

/** The drawn map, as far as effects need it (the `<atlas-map>` element). */
export interface MapSurface {
  flyTo(center: [number, number], zoom?: number, duration?: number): void;
  jumpTo(camera: Camera): void;
  /** Fits the box in view with that much room kept free at each edge (element pixels). */
  fitBounds(bounds: [[number, number], [number, number]], padding: { top: number; right: number; bottom: number; left: number }, maxZoom: number, duration: number): void;
  capture(pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; capped: boolean }>;
  snapshot(): HTMLCanvasElement | null;
}

export interface AtlasHost extends ReactiveControllerHost, HTMLElement {
  readonly state: AppState;
  readonly records: readonly AtlasRecord[];
  readonly syncUrl: boolean;
  /** Story id → URL of its JSON. */
  readonly stories: Readonly<Record<string, string>>;
  /** The map, or null while it is being built or cannot be (no WebGL). */
  readonly mapSurface: MapSurface | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The hover tooltip (null: none). */
  hover: { x: number; y: number } | null;
  dispatch(action: Action, source: ActionSource): void;
  /** Adds problems to the error notice; by default unfolds it and reports them in `atlas-error`. */
  reportErrors(errors: DatasetError[], opts?: { open?: boolean; event?: boolean }): void;
}

/** Fires one of the element's public events: bubbles and crosses shadow roots, as a host page expects. */
export function fire<T>(host: HTMLElement, type: string, detail: T): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
