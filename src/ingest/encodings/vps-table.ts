/**
 * The VPS code page (Vietnamese Professionals Society), which no maintained library decodes:
 * byte → character, as GNU recode's VPS table lists it (`recode -lf VPS`). ASCII printable bytes
 * are themselves; VPS puts fourteen capital letters on C0 control bytes and fills 0x80–0xFF with
 * the Vietnamese letters Latin-1 lacks. The nine bytes recode leaves unassigned (0x91, 0x92, 0x99,
 * 0xA0, 0xDF, 0xE7, 0xEE, 0xF6, 0xFC) keep their Windows-1252 characters, as Windows showed them.
 */

/** Capital letters on C0 control bytes. */
export const VPS_C0: Readonly<Record<number, string>> = {
  0x02: "Ạ", 0x03: "Ậ", 0x04: "Ặ", 0x05: "Ẹ", 0x06: "Ệ",
  0x10: "Ị", 0x11: "Ọ", 0x12: "Ộ", 0x13: "Ợ", 0x14: "Ụ", 0x15: "Ự",
  0x19: "Ỵ", 0x1c: "Ẫ", 0x1d: "Ữ",
};

/** Bytes 0x80–0xFF, sixteen to a row. */
export const VPS_HIGH = [
  "ÀẢÃẤẦẨọỗĂếềểệẮẰẲ", // 0x80
  "Ế‘’ỀỂỄỐỒỔ™ýỷỵỚỜỞ", // 0x90
  "\u00a0ắằẳẵặỠớÙờởỡŨỨợỪ", // 0xA0
  "ổỬỲỸÍÌộỈĨÓửữÒỎÕự", // 0xB0
  "ầÁÂấẩẫậđẻÉÊẹỉễịỹ", // 0xC0
  "ƯỦồốÔỏơÈừứÚũưÝẺß", // 0xD0
  "àáâãảạăçèéêẽìíîĩ", // 0xE0
  "ẴĐòóôõöƠụùúủüỶẼỳ", // 0xF0
].join("");
