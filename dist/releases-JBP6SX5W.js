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
} from "./chunk-VHKZQOLN.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-TRKFPW6O.js";
import "./chunk-GEW3BMWK.js";
import "./chunk-GWSWCLLE.js";
import "./chunk-HJDLSVHR.js";
import "./chunk-OYUFNNK6.js";
import "./chunk-UFHQOGVL.js";
import "./chunk-B3UH3LYO.js";
import "./chunk-JBFINEWN.js";
import "./chunk-2C6QEZA7.js";
import "./chunk-F75FJUY5.js";
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
//# sourceMappingURL=releases-JBP6SX5W.js.map
