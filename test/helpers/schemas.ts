// Validators for the report formats: our JSON report schema, the SARIF 2.1.0 schema and our schema of
// the VC Data Model 2.0 core shape (docs/schemas/vc-data-model-2.0.schema.json).
import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import type { ValidateFunction } from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { ROOT } from "./packs";

let report: ValidateFunction | undefined;
let sarif: ValidateFunction | undefined;
let vc: ValidateFunction | undefined;

/** Validates against docs/report.schema.json; returns the errors as text ("" when valid). */
export function reportSchemaErrors(doc: unknown): string {
    if (!report) {
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        report = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "report.schema.json"), "utf8")));
    }
    return report(doc) ? "" : JSON.stringify(report.errors, null, 1);
}

/** Validates against the official SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif). */
export function sarifSchemaErrors(doc: unknown): string {
    if (!sarif) {
        const file = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
        // The schema's patterns are not valid as unicode regular expressions.
        const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        sarif = ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")));
    }
    return sarif(doc) ? "" : JSON.stringify(sarif.errors, null, 1);
}

/** Validates a credential or presentation against docs/schemas/vc-data-model-2.0.schema.json. */
export function vcSchemaErrors(doc: unknown): string {
    if (!vc) {
        // strictTuples would ask for a fixed length: @context is open-ended after its required first item.
        const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
        addFormats(ajv);
        vc = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, "docs", "schemas", "vc-data-model-2.0.schema.json"), "utf8")));
    }
    return vc(doc) ? "" : JSON.stringify(vc.errors, null, 1);
}
