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
} from "./chunk-PTRJ3EMR.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-MHM5BCGU.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-5K3U2PR6.js";
import "./chunk-D35J3RJV.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-JBFINEWN.js";
import "./chunk-ZY5VJ6ST.js";
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
//# sourceMappingURL=releases-LPSFL2K2.js.map
