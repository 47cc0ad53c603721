import { npmPackageDir, readPackage } from "./catalog/package-reader";
import { PLATFORM_RULES } from "./catalog/platform-rules";
import { buildPlatformShape } from "./catalog/platform-shape";
for (const rules of PLATFORM_RULES) {
  const s = buildPlatformShape(rules, readPackage(rules.id, npmPackageDir("/work/wt/platforms", rules.npm)));
  console.log("##", s.id, s.types, s.region.size, [...s.region.values()].flat().length, s.keys.size, JSON.stringify([...s.setAside]), s.providerInputs);
  for (const [t, p] of s.region) console.log("R", t, JSON.stringify(p));
  for (const [t, p] of s.keys) console.log("K", t, JSON.stringify(p));
}
