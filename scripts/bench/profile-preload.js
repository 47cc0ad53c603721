// Preloaded into a pack (NODE_OPTIONS=--require) by `npm run bench -- --profile`: profiles the
// whole life of the pack with the V8 sampling profiler and writes BENCH_PROFILE_DIR/pack-<pid>.cpuprofile
// when the engine stops it (SIGTERM). Node refuses --cpu-prof in NODE_OPTIONS, hence this.
"use strict";
const inspector = require("inspector");
const fs = require("fs");
const path = require("path");

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 500 });
session.post("Profiler.start");
process.once("SIGTERM", () => {
    session.post("Profiler.stop", (err, result) => {
        if (!err && result && result.profile) {
            const dir = process.env.BENCH_PROFILE_DIR || process.cwd();
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(path.join(dir, `pack-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
        }
        process.exit(0);
    });
});
