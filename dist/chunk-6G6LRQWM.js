import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/onnx/ort-pin.ts
var ORT_PIN = {
  "onnxruntime-node": { version: "1.30.0", integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==" },
  "onnxruntime-common": { version: "1.30.0", integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA==" }
};

export {
  ORT_PIN
};
//# sourceMappingURL=chunk-6G6LRQWM.js.map
