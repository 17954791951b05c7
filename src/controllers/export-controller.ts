/**
 * Exports: the current view as a PNG (title, legend, source line and date drawn in), every slide of a
 * story as PNGs in one ZIP, and the filtered records as CSV or GeoJSON. The code for each loads on the
 * first export: most readers never download.
 */
import { boundaryCredit, type Worldview } from '../core/worldview.ts';
import { SCHEMA_VERSION } from '../core/record.ts';
import type { Selectors } from '../core/selectors.ts';
import { legendFor } from '../core/legend.ts';
import { formatToday } from '../core/i18n/format.ts';
import { calloutText } from '../core/callout.ts';
import { downloadName } from '../export/file-name.ts';
import { t, tl, tp } from '../core/i18n/strings.ts';
import type { Frame } from '../map/compose-image.ts';
import type { AtlasHost } from './host.ts';
import { download } from './download.ts';
import type { PrintController } from './print-controller.ts';
import type { StoryController } from './story-controller.ts';

/** The story "Export slides" uses when none is open (the one Present opens). */
const DEFAULT_STORY = 'innovation-road';

export interface ExportRequest {
  what: 'png' | 'slides' | 'deck' | 'csv' | 'geojson';
  frame: Frame;
  scale: 1 | 2;
  /** The reader's own title (Export panel): the view image's heading, or the deck title on every slide's card. */
  title?: string;
}

export interface ImageOptions {
  frame?: Frame;
  scale?: 1 | 2;
  title?: string;
  /** In place of the story's title on a slide's card. */
  kicker?: string;
}


export class ExportController {
  busy = false;
  message = '';

  constructor(
    private readonly host: AtlasHost,
    private readonly selectors: Selectors,
    private readonly story: StoryController,
    /** The view the boundaries are drawn in (or the page's own basemap), for every credit line. */
    private readonly basemaps: { readonly view: Worldview | 'custom' },
    private readonly printer: PrintController,
  ) {}

  /** The current view as a PNG with title, legend, source line and date; `capped` if the GPU gave less. */
  async renderImage(opts: ImageOptions): Promise<{ blob: Blob; capped: boolean; width: number; height: number }> {
    const { host } = this;
    const map = host.mapSurface;
    if (!map) throw new Error('the map is not ready');
    const l = host.state.lang;
    const scale = opts.scale ?? 1;
    const { composeImage, frameSize, TITLE_BAND, FOOTER_BAND, centreCrop } = await import('../map/compose-image.ts');
    const size = frameSize(opts.frame ?? 'screen', scale, { width: host.clientWidth, height: host.clientHeight });
    // Render the map at the pixel ratio that gives the frame's map area full resolution.
    const mapH = size.height - (TITLE_BAND + FOOTER_BAND) * scale;
    const crop = centreCrop(host.clientWidth, host.clientHeight, size.width / mapH);
    const { canvas, capped } = await map.capture(Math.max(1, size.width / crop.w));
    const slide = this.story.currentSlide;
    const story = this.story.story;
    const blob = await composeImage(canvas, {
      ...size,
      scale,
      title: opts.title ?? slide?.title[l] ?? t('title', l),
      subtitle: t('subtitle', l),
      legendTitle: tl('legend', l),
      legend: legendFor(host.records, host.state),
      source: `${t('title', l)} · ${tp('printSources', l)} · ${boundaryCredit(l, this.basemaps.view)}`,
      date: formatToday(l),
      // A slide's image carries its caption and call-outs (numbers, dates and sources from the records).
      card:
        slide && story
          ? {
              lang: l,
              kicker: opts.kicker ?? story.title[l],
              caption: slide.caption[l],
              callouts: (slide.callouts ?? []).flatMap(
                (c) => calloutText(this.selectors.byId(host.records).get(c.record), c.figure, l, c.chart ? this.selectors.series(host.records) : undefined) ?? [],
              ),
            }
          : undefined,
    });
    return { blob, capped, ...size };
  }

  /** Every slide of the open story (or the default one) as PNGs in one ZIP; leaves the atlas as it was. */
  async exportSlides(opts: { frame?: Frame; scale?: 1 | 2; kicker?: string } = {}): Promise<Blob> {
    const { id, images } = await this.slideImages(opts);
    const { zipSync } = await import('fflate');
    // PNG is compressed already: store, don't deflate again.
    const files: Record<string, [Uint8Array, { level: 0 }]> = {};
    for (const [i, b] of images.entries()) files[`${id}-${String(i + 1).padStart(2, '0')}.png`] = [new Uint8Array(await b.arrayBuffer()), { level: 0 }];
    return new Blob([zipSync(files)], { type: 'application/zip' });
  }

  /** Each slide's image, drawn in turn; the reader gets back the slide (or the exploring view) they had. */
  private async slideImages(opts: { frame?: Frame; scale?: 1 | 2; kicker?: string }): Promise<{ id: string; images: Blob[]; headings: string[] }> {
    const { host } = this;
    const opened = !host.state.story;
    if (opened) host.dispatch({ type: 'openStory', id: DEFAULT_STORY, slide: 0 }, 'api');
    try {
      const story = await this.story.whenLoaded();
      const start = host.state.story?.slide ?? 0;
      const images: Blob[] = [];
      const l = host.state.lang;
      // What each image's card heads it with (the deck title, or the reader's own, and the slide's title).
      const headings = story.slides.map((s) => `${opts.kicker ?? story.title[l]} — ${s.title[l]}`);
      for (let i = 0; i < story.slides.length; i++) {
        host.dispatch({ type: 'goToSlide', slide: i }, 'url');
        await host.updateComplete;
        // The camera fits the slide's subject once its cards are drawn (effects.ts): after that, capture.
        await host.renderRoot.querySelector('atlas-presenter')?.updateComplete;
        images.push((await this.renderImage({ frame: opts.frame ?? '16:9', scale: opts.scale ?? 1, kicker: opts.kicker })).blob);
      }
      host.dispatch({ type: 'goToSlide', slide: start }, 'url');
      return { id: story.id, images, headings };
    } finally {
      // Close a story that was opened only to export it.
      if (opened) host.dispatch({ type: 'closeStory' }, 'api');
    }
  }

  /** Runs a request from the Export panel: busy while it works, its message (or error) shown after. */
  async run(req: ExportRequest): Promise<void> {
    const { host } = this;
    const l = host.state.lang;
    this.busy = true;
    this.message = '';
    host.requestUpdate();
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      if (req.what === 'png') {
        const r = await this.renderImage({ frame: req.frame, scale: req.scale, title: req.title });
        if (r.capped) this.message = tp('capped', l, { w: r.width, h: r.height });
        download(r.blob, downloadName({ what: 'png', story: host.state.story }, host.state, l, stamp));
      } else if (req.what === 'deck') {
        // One slide a page through the browser's print dialog ("Save as PDF"): a handout.
        const deck = await this.slideImages({ frame: req.frame === 'screen' ? '16:9' : req.frame, scale: 2, kicker: req.title });
        await this.printer.printDeck(deck.images, deck.headings);
      } else if (req.what === 'slides') {
        const id = host.state.story?.id ?? DEFAULT_STORY;
        download(await this.exportSlides({ frame: req.frame === 'screen' ? '16:9' : req.frame, scale: req.scale, kicker: req.title }), downloadName({ what: 'slides', story: id }, host.state, l, stamp));
      } else {
        const [{ recordsToCsv }, { recordsToGeoJson, citationLine }] = await Promise.all([import('../export/csv.ts'), import('../export/geojson.ts')]);
        const records = this.selectors.passing(host.records, host.state);
        const citation = citationLine(l, new Date(), location.href, boundaryCredit(l, this.basemaps.view));
        const name = downloadName({ what: req.what }, host.state, l, stamp);
        if (req.what === 'csv') download(new Blob([recordsToCsv(records, l, citation)], { type: 'text/csv;charset=utf-8' }), name);
        else download(new Blob([recordsToGeoJson(records, citation, SCHEMA_VERSION, l)], { type: 'application/geo+json' }), name);
      }
    } catch (err) {
      this.message = (err as Error).message;
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }
}
