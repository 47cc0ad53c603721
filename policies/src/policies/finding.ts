/** A stack policy's finding: the resource it is reported on and the message. */
export interface Finding {
    urn: string;
    message: string;
}
