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
} from "./chunk-KRPQBTZE.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-LAKUDRBA.js";
import "./chunk-SXK76TVE.js";
import "./chunk-PJOJBPGY.js";
import "./chunk-JJHRGA2G.js";
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
//# sourceMappingURL=releases-S66LREMY.js.map
