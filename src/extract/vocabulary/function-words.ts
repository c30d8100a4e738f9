/**
 * Vietnamese function words (one syllable each, lower case): prepositions, conjunctions, copulas,
 * aspect and plural markers, demonstratives. Running text is full of them ("Tại buổi tiếp, hai bên
 * đã trao đổi về …"); headlines, menus, names and tickers have few or none. Their share of a line's
 * syllables is the main-content detector's strongest sign of prose, as stopwords are for jusText.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // prepositions and place/time relations
  "của", "với", "trong", "cho", "theo", "về", "tại", "từ", "đến", "tới", "vào", "ra", "trên", "dưới", "giữa", "sau", "trước",
  "qua", "bằng", "đối", "nơi", "khi", "lúc",
  // conjunctions
  "và", "hoặc", "hay", "nhưng", "mà", "thì", "nên", "vì", "do", "nếu", "để", "nhằm", "rằng", "như", "cùng",
  // copula, aspect, modality
  "là", "được", "bị", "đã", "đang", "sẽ", "vừa", "mới", "có", "không", "chưa", "cũng", "vẫn", "còn", "đều", "lại", "phải", "cần",
  "rất", "hơn", "nhất", "luôn", "chỉ", "thêm", "nữa",
  // plural markers, demonstratives, pronouns (not "sự": it makes nouns in "quân sự", "thời sự")
  "các", "những", "một", "mỗi", "này", "đó", "đây", "kia", "ấy", "nào", "gì", "việc", "cuộc",
  "họ", "chúng", "tôi", "ta", "mình", "nhau",
  // English ones, for the abstracts and quotes some pages carry (a menu in English has none of them)
  "the", "of", "and", "to", "in", "is", "was", "by", "for", "with", "on", "that", "are", "were",
]);
