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
} from "./chunk-ICSK4F6V.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-J6YBBG5A.js";
import "./chunk-JWTKULHL.js";
import "./chunk-ZJKKXCY2.js";
import "./chunk-IIHWO4C4.js";
import "./chunk-2FADJ2LR.js";
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
//# sourceMappingURL=releases-QTPWGXBU.js.map
