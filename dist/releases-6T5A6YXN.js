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
} from "./chunk-QEA5JWBP.js";
import "./chunk-KKQCLEQ6.js";
import "./chunk-PWQIFTX6.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-TXY2ZUZ2.js";
import "./chunk-FP5K4LJI.js";
import "./chunk-BZ3MWBKM.js";
import "./chunk-O6ZEAL5I.js";
import "./chunk-NG6JSQIX.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-PUJZBLVS.js";
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
//# sourceMappingURL=releases-6T5A6YXN.js.map
