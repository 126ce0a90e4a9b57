// The shipped cue model (models/cue/model.json, written by `npm run train:cue`). It is imported as JSON so
// both bundlers carry it: Vite for the extension and esbuild for the CLI inline it with no file access at
// run time. Decoding (base64 → int8) happens once, on first use.
import shipped from '../../models/cue/model.json';
import { decodeModel, type LinearModel, type SerializedModel } from './linear-model';

let loaded: LinearModel | null = null;

export function cueModel(): LinearModel {
  loaded ??= decodeModel(shipped as unknown as SerializedModel);
  return loaded;
}

/** For development scripts only: analyse with another model (e.g. one trained without a dev split). */
export function useCueModel(serialized: SerializedModel): void {
  loaded = decodeModel(serialized);
}

/** For the benchmark: forget the decoded model so the next call measures a cold load. */
export function unloadCueModel(): void {
  loaded = null;
}
