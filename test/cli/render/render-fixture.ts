// One report document for the renderer tests: the prod stack export, with an exemption that matches
// (sessions, open-data-formats) and one that matches nothing, judged once by the real pack.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ReportDocument } from "../../../src/engine/types";
import { runCli } from "../../helpers/cli";
import { ROOT } from "../../helpers/packs";

export const EXEMPTION = { name: "sessions", reason: "migration to PostgreSQL, ticket OPS-12", expires: "2099-12-31" };
export const UNUSED_EXEMPTION = { type: "nothing:*", reason: "matches nothing", expires: "2099-01-01" };
export const CONFIG = {
    "open-data-formats": { exemptions: [EXEMPTION] },
    "provider-jurisdiction": { exemptions: [UNUSED_EXEMPTION] },
};

let cached: Promise<ReportDocument> | undefined;

export function prodReport(): Promise<ReportDocument> {
    cached ??= (async () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "eu-sov-render-")), "config.json");
        fs.writeFileSync(file, JSON.stringify(CONFIG));
        const r = await runCli(["audit", "examples/stack-export/prod.json", "--config", file, "--format", "json"], { cwd: ROOT });
        if (r.code !== 1) throw new Error(`audit exited ${r.code}: ${r.stderr}`);
        return JSON.parse(r.stdout) as ReportDocument;
    })();
    return cached;
}
