// The typeface of every map label: system CJK fonts first (nothing is fetched), so Chinese names always render.
export const mapFontFamily = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif';
