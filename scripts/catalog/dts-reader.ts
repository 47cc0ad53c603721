// Reading declaration files with the TypeScript compiler API's parser only (no type checker, no
// program): each file is parsed on its own, which keeps a full run over ~10,000 files fast.
import ts from "typescript";
import type { PropInfo, TypeShape } from "./model";

export function parseDts(fileName: string, text: string): ts.SourceFile {
    return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
}

/** The `/** ... *\/` comment right before a node, whitespace collapsed ("" when there is none). */
export function docOf(node: ts.Node, sourceText: string): string {
    const ranges = ts.getLeadingCommentRanges(sourceText, node.pos) ?? [];
    for (let i = ranges.length - 1; i >= 0; i--) {
        const raw = sourceText.slice(ranges[i].pos, ranges[i].end);
        if (!raw.startsWith("/**")) continue;
        return raw
            .replace(/^\/\*\*/, "")
            .replace(/\*\/$/, "")
            .split("\n")
            .map((line) => line.replace(/^\s*\*(?!\/)\s?/, ""))
            .join(" ")
            .replace(/\s+/g, " ")
            .trim();
    }
    return "";
}

function entityNameText(name: ts.EntityName): string {
    return ts.isIdentifier(name) ? name.text : `${entityNameText(name.left)}.${name.right.text}`;
}

function propName(name: ts.PropertyName): string | undefined {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
    return undefined;
}

const WRAPPERS = new Set(["pulumi.Input", "Input", "pulumi.Output", "Output", "Promise"]);

/** Reduce a type node to a {@link TypeShape}. */
export function shapeOf(node: ts.TypeNode, sourceText: string): TypeShape {
    if (ts.isParenthesizedTypeNode(node)) return shapeOf(node.type, sourceText);
    if (ts.isArrayTypeNode(node)) return { kind: "array", element: shapeOf(node.elementType, sourceText) };
    if (ts.isUnionTypeNode(node)) {
        const members = node.types
            .filter((t) => !(t.kind === ts.SyntaxKind.UndefinedKeyword
                || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)))
            .map((t) => shapeOf(t, sourceText));
        return members.length === 1 ? members[0] : { kind: "union", members };
    }
    if (ts.isTypeReferenceNode(node)) {
        const name = entityNameText(node.typeName);
        const typeArgs = node.typeArguments ?? [];
        if (WRAPPERS.has(name) && typeArgs.length === 1) return shapeOf(typeArgs[0], sourceText);
        if (name === "Array" && typeArgs.length === 1) return { kind: "array", element: shapeOf(typeArgs[0], sourceText) };
        if (name === "Record" && typeArgs.length === 2) return { kind: "map", value: shapeOf(typeArgs[1], sourceText) };
        if (name.startsWith("inputs.")) return { kind: "ref", name: name.slice("inputs.".length) };
        if (name.startsWith("enums.")) return { kind: "primitive", text: "enum" };
        return { kind: "primitive", text: name };
    }
    if (ts.isTypeLiteralNode(node)) {
        const index = node.members.find(ts.isIndexSignatureDeclaration);
        if (index) return { kind: "map", value: shapeOf(index.type, sourceText) };
        return { kind: "object", props: propsOf(node.members, sourceText) };
    }
    return { kind: "primitive", text: sourceText.slice(node.pos, node.end).trim() };
}

/** The properties among the members of an interface, class or type literal. */
export function propsOf(members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, sourceText: string): PropInfo[] {
    const props: PropInfo[] = [];
    for (const member of members) {
        if (!ts.isPropertySignature(member) && !ts.isPropertyDeclaration(member)) continue;
        const name = propName(member.name);
        if (name === undefined) continue;
        if (ts.isPropertyDeclaration(member)
            && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
        props.push({
            name,
            optional: member.questionToken !== undefined,
            doc: docOf(member, sourceText),
            type: member.type ? shapeOf(member.type, sourceText) : { kind: "primitive", text: "any" },
        });
    }
    return props;
}

/** Top-level interfaces and classes of a source file, by name. */
export function declarationsOf(file: ts.SourceFile): {
    interfaces: Map<string, ts.InterfaceDeclaration>;
    classes: Map<string, ts.ClassDeclaration>;
} {
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    const classes = new Map<string, ts.ClassDeclaration>();
    for (const statement of file.statements) {
        if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
        else if (ts.isClassDeclaration(statement) && statement.name) classes.set(statement.name.text, statement);
    }
    return { interfaces, classes };
}

/**
 * Every interface of `types/input.d.ts`, keyed `<namespace>.<Name>` (nested namespaces joined
 * with dots) or `<Name>` at top level.
 */
export function inputTypesOf(file: ts.SourceFile): Map<string, PropInfo[]> {
    const out = new Map<string, PropInfo[]>();
    const text = file.text;
    const visit = (statements: ts.NodeArray<ts.Statement>, prefix: string): void => {
        for (const statement of statements) {
            if (ts.isInterfaceDeclaration(statement)) {
                out.set(prefix + statement.name.text, propsOf(statement.members, text));
            } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
                let body = statement.body;
                let name = prefix + statement.name.text;
                // `namespace a.b {}` parses as nested module declarations.
                while (body && ts.isModuleDeclaration(body)) {
                    name += `.${body.name.text}`;
                    body = body.body;
                }
                if (body && ts.isModuleBlock(body)) visit(body.statements, `${name}.`);
            }
        }
    };
    visit(file.statements, "");
    return out;
}

/** `export declare const <name>: { readonly A: "a"; ... }` -> Map A -> "a" (empty when absent). */
export function constEnumOf(file: ts.SourceFile, name: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const statement of file.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const decl of statement.declarationList.declarations) {
            if (!ts.isIdentifier(decl.name) || decl.name.text !== name || !decl.type || !ts.isTypeLiteralNode(decl.type)) continue;
            for (const member of decl.type.members) {
                if (!ts.isPropertySignature(member) || !member.type || !ts.isLiteralTypeNode(member.type)) continue;
                const key = propName(member.name);
                if (key !== undefined && ts.isStringLiteral(member.type.literal)) out.set(key, member.type.literal.text);
            }
        }
    }
    return out;
}
