import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  createDraftRelease,
  downloadPack,
  latestRelease,
  listReleases,
  pickLatest,
  pickPrevious,
  publishRelease,
  releaseByTag,
  releaseForTag,
  uploadAssets
} from "./chunk-PQ3ZVSXK.js";
import "./chunk-B3PAP4IA.js";
import "./chunk-DDDCRRVK.js";
import "./chunk-JJHRGA2G.js";
import "./chunk-JIOHCWZN.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-XELR67F2.js";
export {
  createDraftRelease,
  downloadPack,
  latestRelease,
  listReleases,
  pickLatest,
  pickPrevious,
  publishRelease,
  releaseByTag,
  releaseForTag,
  uploadAssets
};
//# sourceMappingURL=releases-OF6KZLYT.js.map
