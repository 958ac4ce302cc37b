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
  releaseReports,
  uploadAssets
} from "./chunk-UMJS6ETO.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-55YJQD34.js";
import "./chunk-KJWC4ETP.js";
import "./chunk-4HCLF3HW.js";
import "./chunk-IIHWO4C4.js";
import "./chunk-CTPA2NIJ.js";
import "./chunk-SCGVG6YZ.js";
import "./chunk-B77DC7VR.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-MOEGHQRZ.js";
import "./chunk-TBMCQFLY.js";
import "./chunk-RX5XW64D.js";
import "./chunk-4WKGVMNP.js";
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
  releaseReports,
  uploadAssets
};
//# sourceMappingURL=releases-7YFZZHRG.js.map
