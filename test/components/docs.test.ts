// The Python and YAML programs in docs/components.md use only components, arguments and types that
// components/schema.json has, and give every required input.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as yaml from "js-yaml";

interface Shape { properties?: Record<string, unknown>; inputProperties?: Record<string, unknown>; requiredInputs?: string[]; required?: string[] }

const root = path.join(__dirname, "..", "..");
const schema = JSON.parse(fs.readFileSync(path.join(root, "components", "schema.json"), "utf8")) as { resources: Record<string, Shape>; types: Record<string, Shape> };
const docs = fs.readFileSync(path.join(root, "docs", "components.md"), "utf8");
const token = (name: string): string => `eu-sovereignty-components:index:${name}`;

function block(lang: string): string {
    const m = new RegExp("```" + lang + "\\n([\\s\\S]*?)```").exec(docs.slice(docs.indexOf("## From other Pulumi languages")));
    assert.ok(m, `a ${lang} block`);
    return m[1];
}

const camel = (snake: string): string => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Each `eu.Name(...)` call of a Python program: the name and its top-level keyword arguments. */
function pythonCalls(source: string): { name: string; kwargs: string[] }[] {
    const calls: { name: string; kwargs: string[] }[] = [];
    for (const m of source.matchAll(/eu\.(\w+)\(/g)) {
        let depth = 0;
        let top = "";
        for (let i = m.index + m[0].length; i < source.length; i++) {
            const c = source[i];
            if (c === "(" || c === "[") depth++;
            if (c === ")" || c === "]") {
                if (depth === 0) break;
                depth--;
            }
            if (depth === 0) top += c;
        }
        calls.push({ name: m[1], kwargs: [...top.matchAll(/(\w+)=/g)].map((k) => k[1]) });
    }
    return calls;
}

describe("component package: the programs in docs/components.md", () => {
    it("Python: each class is a component or an input type, each keyword one of its inputs", () => {
        const calls = pythonCalls(block("python"));
        assert.ok(calls.length >= 4, `${calls.length} calls`);
        for (const call of calls) {
            const type = call.name.endsWith("Args") ? schema.types[token(call.name.slice(0, -4))] : schema.resources[token(call.name)];
            assert.ok(type, call.name);
            const inputs = Object.keys((call.name.endsWith("Args") ? type.properties : type.inputProperties) ?? {});
            for (const k of call.kwargs) assert.ok(inputs.includes(camel(k)), `${call.name}: ${k}`);
            for (const r of (call.name.endsWith("Args") ? type.required : type.requiredInputs) ?? []) {
                assert.ok(call.kwargs.map(camel).includes(r), `${call.name} needs ${r}`);
            }
        }
    });

    it("YAML: each resource is a component, each property one of its inputs, the required ones given", () => {
        const program = yaml.load(block("yaml")) as { resources: Record<string, { type: string; properties?: Record<string, unknown> }> };
        const resources = Object.values(program.resources);
        assert.ok(resources.length >= 3);
        for (const r of resources) {
            const shape = schema.resources[r.type];
            assert.ok(shape, r.type);
            const given = Object.keys(r.properties ?? {});
            for (const k of given) assert.ok(Object.keys(shape.inputProperties ?? {}).includes(k), `${r.type}: ${k}`);
            for (const k of shape.requiredInputs ?? []) assert.ok(given.includes(k), `${r.type} needs ${k}`);
        }
    });
});
