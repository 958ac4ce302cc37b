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
} from "./chunk-4RW3YR7G.js";
import "./chunk-XAMQ2YVM.js";
import "./chunk-L5DZD6CI.js";
import "./chunk-JSIM7SLU.js";
import "./chunk-OOKN3YEB.js";
import "./chunk-SUR4Q5BY.js";
import "./chunk-3ZHKO4HT.js";
import "./chunk-IQX6U3KJ.js";
import "./chunk-I7YMD5SN.js";
import "./chunk-VL6WFHWH.js";
import "./chunk-L3TX6VON.js";
import "./chunk-6Y7UOUAP.js";
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
  releaseReports,
  uploadAssets
};
//# sourceMappingURL=releases-BIDZLXZ4.js.map
