/**
 * The error notice's content: what could not be loaded or failed validation (the dataset's records, the
 * basemap, a story's slides, a part of the app's code), and whether the notice is unfolded. Reported
 * problems that a host page should know of also go out in `atlas-error`.
 */
import { formatError, type DatasetError } from '../core/validate.ts';
import { fire } from './host.ts';

interface ErrorsHost extends HTMLElement {
  requestUpdate(): void;
}

export class ErrorsController {
  errors: DatasetError[] = [];
  open = false;

  constructor(private readonly host: ErrorsHost) {}

  /** A new dataset's problems replace the old; unfolded at first, so an embedder sees what was skipped. */
  replace(errors: DatasetError[]): void {
    this.errors = [];
    this.open = false;
    for (const e of errors) console.warn(`[innovation-atlas] ${formatError(e)}`);
    if (errors.length) this.report(errors);
    else this.host.requestUpdate();
  }

  /** Adds problems; by default unfolds the notice and reports them in atlas-error. */
  report(errors: DatasetError[], opts: { open?: boolean; event?: boolean } = { open: true, event: true }): void {
    this.errors = [...this.errors, ...errors];
    if (opts.open) this.open = true;
    if (opts.event) fire(this.host, 'atlas-error', { errors: this.errors });
    this.host.requestUpdate();
  }

  /** A part of the app that could not be loaded (a missing chunk, say) is a visible error, not a silent blank. */
  readonly loadFailed = (what: string, err: unknown): void => {
    if (this.errors.some((e) => e.field === '(code)' && e.id === what)) return;
    this.report([{ id: what, index: -1, field: '(code)', message: `could not load ${what}: ${(err as Error).message}` }], { open: true });
  };

  readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };
}
