// Cloud KMS location names that mean something else than the same name elsewhere in Google Cloud.
// The KMS multi-region `europe` holds key material in EU data centres only: "resources in `europe`
// are not stored in the europe-west2 (London) or europe-west6 (Zürich) data centers", and a CMEK
// key for a GCS `EU` bucket or a BigQuery `EU` dataset must be in `europe`.
// Source: https://cloud.google.com/kms/docs/locations (checked 2026-12-02; the page was updated
// 2025-08-18). The Artifact Registry multi-region of the same name is not covered by that page,
// so only Cloud KMS resources and key references read it this way.

/** Cloud KMS location -> the catalogue location with the same jurisdiction. */
export const gcpKmsLocationAliases: Readonly<Record<string, { canonical: string; label: string }>> = {
    europe: { canonical: "eu", label: "Cloud KMS multi-region europe (EU data centres only; not London or Zürich)" },
};

/** Type tokens whose `location` is a Cloud KMS location. */
export const gcpKmsTypePrefix = "gcp:kms/";
