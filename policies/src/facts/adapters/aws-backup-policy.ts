// AWS Organizations backup policies (`aws.organizations.Policy` of type BACKUP_POLICY): every account the
// policy reaches copies its backups to each `copy_actions` vault. The document is JSON in `content`;
// its grammar (plans.<plan>.rules.<rule>.copy_actions.<vault ARN>.target_backup_vault_arn.@@assign) is
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html
// (verified there 2026-12-04). `$account` in the ARN stands for each member account; its region is real.
import { regionOfArn } from "../locate";
import { placeOf } from "../place";
import type { LocationRef } from "../types";

const POLICY_TYPE = "aws:organizations/policy:Policy";

function obj(v: unknown): Record<string, unknown> | undefined {
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The `@@assign` value of an inheritance node, or the node itself when written without operators. */
function assigned(v: unknown): unknown {
    const o = obj(v);
    return o !== undefined && "@@assign" in o ? o["@@assign"] : v;
}

/** Where a backup policy copies backups to; empty for other policy types and unreadable documents. */
export function backupPolicyCopies(type: string, props: Record<string, unknown>): LocationRef[] {
    if (type !== POLICY_TYPE || props.type !== "BACKUP_POLICY" || typeof props.content !== "string") return [];
    let doc: unknown;
    try {
        doc = JSON.parse(props.content);
    } catch {
        return [];
    }
    const refs: LocationRef[] = [];
    for (const [plan, planBody] of Object.entries(obj(obj(doc)?.plans) ?? {})) {
        for (const [rule, ruleBody] of Object.entries(obj(obj(planBody)?.rules) ?? {})) {
            for (const [key, action] of Object.entries(obj(obj(ruleBody)?.copy_actions) ?? {})) {
                const target = assigned(obj(action)?.target_backup_vault_arn);
                const arn = typeof target === "string" ? target : key;
                const region = regionOfArn(arn);
                if (region === undefined) continue;
                const path = `content (plans.${plan}.rules.${rule}.copy_actions target_backup_vault_arn)`;
                refs.push({ path, source: "resource", place: placeOf("aws", region) });
            }
        }
    }
    return refs;
}
