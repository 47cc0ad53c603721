// The stack's key resources, indexed once per stack call: each consumer's key is then found by its
// reference or, while references are unknown at preview, by the resources its property depends on.
// Linear in the number of resources.
import type { PolicyResource } from "@pulumi/policy";
import { isUnknownValueError } from "../unknown";
import { keyCloudOf } from ".";
import { dependenciesOf } from "./known";
import type { KeyIndex, ResolvedKey } from "./table";
import type { CloudId } from "../types";
import type { KeyRef } from "./types";

export class KeyStack {
    private readonly indexes = new Map<string, KeyIndex>();

    constructor(resources: readonly PolicyResource[]) {
        for (const r of resources) {
            const cloud = keyCloudOf(r.type);
            if (!cloud) continue;
            let index = this.indexes.get(cloud.cloud);
            if (!index) {
                index = cloud.newIndex();
                this.indexes.set(cloud.cloud, index);
            }
            try {
                index.add(r);
            } catch (e) {
                // Indexing reads only what is known; anything else is the resource's own policy's business.
                if (!isUnknownValueError(e)) throw e;
            }
        }
    }

    /** The keys a consumer's property names: by reference first, then by its dependencies. */
    resolve(consumer: PolicyResource, dependsOn: string, key?: KeyRef): ResolvedKey[] {
        const index = this.indexFor(consumer.type);
        if (!index) return [];
        const byRef = key ? index.byRef(key) : [];
        return byRef.length > 0 ? byRef : index.byDependencies(dependenciesOf(consumer, dependsOn));
    }

    /** As `resolve`, in the index of the cloud the key lives in (a data platform names keys in the big three's KMSs). */
    resolveIn(cloud: CloudId, consumer: PolicyResource, dependsOn: string, key?: KeyRef): ResolvedKey[] {
        const index = this.indexes.get(cloud);
        if (!index) return [];
        const byRef = key ? index.byRef(key) : [];
        return byRef.length > 0 ? byRef : index.byDependencies(dependenciesOf(consumer, dependsOn));
    }

    private indexFor(type: string): KeyIndex | undefined {
        const cloud = keyCloudOf(type);
        return cloud && this.indexes.get(cloud.cloud);
    }
}
