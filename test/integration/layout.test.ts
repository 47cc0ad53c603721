// test/ mirrors the source folders (docs/architecture.md#tests): every file sits under an allowed root, every
// folder under a mirroring root names a folder of its sources, and the fast unit set names only files that
// exist and starts no pack or CLI process.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { layoutProblems, unitSetProblems } from "../helpers/layout";
import { ROOT } from "../helpers/packs";

describe("test layout", () => {
    it("every test file sits under an allowed root, in a folder its sources have", () => {
        assert.deepEqual(layoutProblems(ROOT), []);
    });

    it("the unit set names existing files and starts no pack or CLI process", () => {
        assert.deepEqual(unitSetProblems(ROOT), []);
    });

    describe("the checks themselves", () => {
        let dir: string;
        const write = (rel: string, text = ""): void => {
            fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
            fs.writeFileSync(path.join(dir, rel), text);
        };
        beforeEach(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "layout-"));
            write("policies/src/facts/keys/aws.ts");
            write("src/engine/export/audit.ts");
            write("test/policies/facts/keys/aws.test.ts");
            write("test/engine/export/audit.test.ts");
            write("test/integration/anything/deep.test.ts");
            write("test/fixtures/packs/echo/index.js");
            write("test/mocharc.unit.json", JSON.stringify({ spec: ["test/policies/**/*.test.ts"], exclude: [] }));
        });
        afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

        it("accepts a tree that mirrors its sources", () => {
            assert.deepEqual(layoutProblems(dir), []);
            assert.deepEqual(unitSetProblems(dir), []);
        });

        it("names a file outside the roots, a stray top-level file and a folder with no source", () => {
            write("test/residency/pack.test.ts");
            write("test/notes.md");
            write("test/policies/residency/odd.test.ts");
            write("test/engine/exports/stack.test.ts");
            assert.deepEqual(layoutProblems(dir).sort(), [
                "test/engine/exports names no folder src/engine/exports",
                "test/notes.md is outside the allowed roots (policies, engine, cli, components, scripts, integration, helpers, fixtures)",
                "test/policies/residency names no folder policies/src/residency",
                "test/residency/pack.test.ts is outside the allowed roots (policies, engine, cli, components, scripts, integration, helpers, fixtures)",
            ]);
        });

        it("names a stale exclude and a unit-set file that starts a pack", () => {
            write("test/mocharc.unit.json", JSON.stringify({ spec: ["test/policies/**/*.test.ts"], exclude: ["test/keys/pack.test.ts"] }));
            write("test/policies/facts/keys/pack.test.ts", "const s = useSession(EU_PACK);");
            assert.deepEqual(unitSetProblems(dir), [
                "test/mocharc.unit.json names test/keys/pack.test.ts, which matches no file",
                "test/policies/facts/keys/pack.test.ts is in the unit set but calls useSession: list it in the exclude of test/mocharc.unit.json",
            ]);
        });
    });
});
