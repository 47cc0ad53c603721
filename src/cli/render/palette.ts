// ANSI colours for the text report; plain strings when colour is off (pipes, NO_COLOR, --no-color).
export type Paint = (s: string) => string;

export interface Palette {
    red: Paint;
    yellow: Paint;
    magenta: Paint;
    green: Paint;
    dim: Paint;
    bold: Paint;
}

export function palette(color: boolean): Palette {
    const wrap = (open: number, close: number): Paint => (color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s);
    return { red: wrap(31, 39), yellow: wrap(33, 39), magenta: wrap(35, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
