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
} from "./chunk-M6RIUUF4.js";
import "./chunk-HOJFFAGW.js";
import "./chunk-NF7QUP2U.js";
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
//# sourceMappingURL=releases-TD43ROW4.js.map
