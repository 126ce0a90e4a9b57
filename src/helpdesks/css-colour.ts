// CSS colours as an e-mail writes them, read into RGBA: names (all 148 and the system colours), hex of 3, 4, 6
// or 8 digits, rgb()/hsl() with commas, spaces, a slash or percentages, oklab()/oklch(), and an HTML
// attribute's colour without its "#". For the REST reading's hidden-text checks (./hidden-in-html.ts).

export type Rgba = [number, number, number, number];
const NAMED =
  'aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 black 000000 ' +
  'blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 ' +
  'chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b ' +
  'darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b ' +
  'darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a ' +
  'darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 ' +
  'darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff ' +
  'firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 ' +
  'goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 ' +
  'indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 ' +
  'lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 ' +
  'lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa ' +
  'lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 ' +
  'linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 ' +
  'mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc ' +
  'mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead ' +
  'navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 ' +
  'palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 ' +
  'peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f ' +
  'royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d ' +
  'silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f ' +
  'steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 ' +
  'white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32 windowtext 000000 window ffffff canvas ffffff canvastext 000000';
const NAMED_COLOURS = new Map<string, string>();
{
  const words = NAMED.split(' ');
  for (let i = 0; i < words.length; i += 2) NAMED_COLOURS.set(words[i]!, words[i + 1]!);
}

const hex = (h: string): Rgba | undefined => {
  if (!/^[\da-f]+$/.test(h)) return undefined;
  if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
  if (h.length !== 6 && h.length !== 8) return undefined;
  const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
};
/** A number, or a percentage of `whole`. */
export const amount = (s: string | undefined, whole: number): number => {
  if (s === undefined || s === 'none') return 0;
  const n = parseFloat(s);
  return s.endsWith('%') ? (n / 100) * whole : n;
};
export const hueDegrees = (s: string) => {
  const n = parseFloat(s);
  return s.endsWith('turn') ? n * 360 : s.endsWith('rad') ? (n * 180) / Math.PI : s.endsWith('grad') ? n * 0.9 : n;
};
const hslToRgb = (h: number, s: number, l: number): [number, number, number] => {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
};
const oklabToRgb = (L: number, a: number, b: number): [number, number, number] => {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const lin = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  const gamma = (x: number) => 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * Math.max(x, 0) ** (1 / 2.4) - 0.055);
  return [gamma(lin[0]!), gamma(lin[1]!), gamma(lin[2]!)];
};

/** A CSS or HTML-attribute colour; 'inherit' for currentcolor and the like; null when it cannot be read. */
export function parseColour(raw: string, attribute = false): Rgba | 'inherit' | null {
  const v = raw.trim().toLowerCase();
  if (!v) return 'inherit';
  if (/^(?:inherit|currentcolor|unset|initial|revert(?:-layer)?)$/.test(v)) return 'inherit';
  if (v === 'transparent') return [0, 0, 0, 0];
  const named = NAMED_COLOURS.get(v);
  if (named) return hex(named)!;
  if (v.startsWith('#')) return hex(v.slice(1)) ?? null;
  if (attribute && /^[\da-f]{6}$/.test(v)) return hex(v)!; // <font color="ffffff">: legacy colours need no '#'
  const fn = /^([a-z]+)\(([^()]*)\)$/.exec(v);
  if (!fn) return null;
  const [name, body] = [fn[1]!, fn[2]!];
  const parts = body.split(/[\s,/]+/).filter(Boolean);
  const alpha = parts.length > 3 ? Math.max(0, Math.min(1, amount(parts[3], 1))) : 1;
  if (parts.length < 3) return null;
  if (name === 'rgb' || name === 'rgba') return [amount(parts[0], 255), amount(parts[1], 255), amount(parts[2], 255), alpha];
  if (name === 'hsl' || name === 'hsla') {
    const s = parseFloat(parts[1]!) / 100;
    const l = parseFloat(parts[2]!) / 100;
    return [...hslToRgb(hueDegrees(parts[0]!), s, l), alpha];
  }
  if (name === 'oklab') return [...oklabToRgb(amount(parts[0], 1), amount(parts[1], 0.4), amount(parts[2], 0.4)), alpha];
  if (name === 'oklch') {
    const c = amount(parts[1], 0.4);
    const h = (hueDegrees(parts[2]!) * Math.PI) / 180;
    return [...oklabToRgb(amount(parts[0], 1), c * Math.cos(h), c * Math.sin(h)), alpha];
  }
  return null;
}
