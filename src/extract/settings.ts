/** Thresholds of the extraction heuristics, in one place, each with the reason for its value. */

/** Line shape: what counts as prose, as a headline, as a byline. */
export const shape = {
  /** A line this long is prose even without final punctuation (no headline runs to 200 characters). */
  proseMinChars: 200,
  /** A headline-shaped line is at most this long; longer unpunctuated lines are prose. */
  headlineMaxChars: 200,
  /** …and has at least this many words ("Trụ cột quan trọng" has four). */
  headlineMinWords: 2,
  /** Sub-headings inside an article are short; a longer unpunctuated line stays a paragraph. */
  headingMaxChars: 120,
  /** Sub-headings never stand this many in a row; such a run inside the article is a box of links … */
  headlineRunMin: 3,
  /**
   * … unless its lines average at least this share of function words: then they are a gallery's unpunctuated
   * captions (measured: captions 0.10–0.29, headlines of other stories 0–0.07, most 0).
   */
  captionRunMinShare: 0.08,
  /** A byline ("Theo Hiền Hạnh (TTXVN/Vietnam+)") is short. */
  bylineMaxChars: 70,
  /** A name-only byline ("Hải An", "Minh Hà - Đức Anh") has at most this many words. */
  nameBylineMaxWords: 6,
  /** A doubled headline ("X X") repeats at least this many words. */
  doubledMinWords: 3,
  /** A slug line ("infographic bau cu quoc hoi …") has at least this many words. */
  slugMinWords: 4,
  /** A caption's alt-text twin must be at least this long to count as a repeat, not a coincidence. */
  altTextMinChars: 16,
  /** A line after an image (file name, alt text) is its caption only if caption-sized; a longer one is the next paragraph. */
  captionMaxChars: 300,
} as const;

/** Hard-wrapped pages (print previews, text copied out of PDFs): when lines are re-joined into paragraphs. */
export const wrap = {
  /** A wrapped line is at least this long (a page wrapped narrower than this is not a print preview) … */
  minLineChars: 35,
  /** … and at most this long (longer lines were not wrapped). */
  maxLineChars: 110,
  /** A page is wrapped when at least this many such lines break off mid-sentence (the next line starts in lower case). */
  minBreaks: 3,
  /** On a wrapped page, a line at least this share of the wrap width (the median breaking line) fills it: the paragraph goes on … */
  fullWidthShare: 0.9,
  /** … unless it is longer than this share of the width (it was never wrapped). */
  overWidthShare: 1.15,
} as const;

/**
 * The main-content detector's classes (see boilerplate/classify.ts): thresholds on a paragraph's length and on the
 * share of its syllables that are function words. Measured on the development set's labelled lines: article lines
 * of 70+ characters have a median share of 0.17–0.20 (a tenth below 0.08), headlines 0.06–0.10, menus 0.
 */
export const classes = {
  /** A sentence at least this long is running text (a paragraph); a shorter one may be (a caption, a question). */
  goodMinChars: 70,
  /** …and a sentence needs this many words to count at all ("Chia sẻ:" does not). */
  sentenceMinWords: 2,
  /** Unpunctuated text is running text when this long (longer than a headline: a lead without its full stop, a last line cut short) … */
  unpunctuatedGoodMinChars: 120,
  /**
   * … and with at least this share of function words. Formal reports name so many offices and titles
   * ("Ủy viên Bộ Chính trị, Chủ tịch Quốc hội …") that a full paragraph may have only 5–8 %; the bar is low.
   */
  goodMinShare: 0.04,
  /** Shorter unpunctuated lines cannot be judged alone (sub-headings, bylines, menu items). */
  shortMaxChars: 40,
  /** No headline or teaser runs this long: a line this long (with any function word) is running text. */
  alwaysGoodMinChars: 200,
  /** A line reading as text could still be a headline up to this length (a question, an unpunctuated headline). */
  headlineMaxChars: 160,
  /** An unpunctuated line in capitals with this many letters or more is a headline or a banner, never running text. */
  capitalsMinLetters: 20,
  /** A line this long with no function word at all is a menu, a tag cloud or a list of names. */
  wordlessBadMinChars: 100,
  /** A page's last line, unpunctuated, with at least this many words (and function words among them) is the article cut short. */
  cutShortMinWords: 10,
} as const;

/** Furniture learned across the archive (../ingest/furniture.ts). */
export const furniture = {
  /**
   * A headline-sized line outside the article in at least this many raw files is furniture in all of them. Two
   * files may share a line by chance (two reports of one event); a menu or a sidebar repeats on every page.
   */
  minFiles: 3,
} as const;

/** Lists of other stories. */
export const lists = {
  /** A teaser of another story is one paragraph; a longer line after a headline is article text. */
  teaserMaxChars: 700,
  /** A teaser cut without final punctuation is still at least this long (and half again the headline's length). */
  unpunctuatedTeaserMinChars: 100,
  /** Two headlines of one list item ("alt text" + link) share at least this share of word pairs. */
  headlineTwinSimilarity: 0.5,
  /** Headline+teaser pairs in a row that make a list on shape alone, wherever they stand. */
  unmarkedRunMinPairs: 3,
  /** A headline asking or exclaiming ("…?") is one sentence of at most this many characters. */
  questionHeadlineMaxChars: 160,
  /** Another story's headline is a full headline of at least this many words (article sub-headings are shorter) … */
  storyHeadlineMinWords: 8,
  /** … and its teaser one sentence of at most this many characters. */
  storyTeaserMaxChars: 350,
  /** Shorter runs (two pairs) make a list only when every pair carries list evidence (twin headline, separator, outlet tag, cut teaser). */
  evidencedRunMinPairs: 2,
  /**
   * A teaser restates its story's headline: at least this share of the headline's word pairs recur in it
   * (a fifth: "Sơn La: Tuần tra …" / "… Sơn La … tuần tra …"). A paragraph after a boxed headline that
   * restates less may be the article resuming.
   */
  teaserRestatesHeadline: 0.2,
  /** …and is the article resuming when at least this share of its word pairs recur in the paragraphs above the box. */
  resumeMinArticleShare: 0.15,
  /** Those paragraphs: up to this many prose lines … */
  resumeContextLines: 3,
  /** … within this many lines above the marker. */
  resumeContextReach: 6,
} as const;

/**
 * Weights of the densest-prose search: the article is the run of lines with the largest total,
 * so list lines and furniture pull a run's total down and prose pushes it up.
 */
export const core = {
  /** Every prose line counts this much … */
  proseBase: 1,
  /** … plus its length over this many characters (capped below), so long paragraphs weigh more than teasers. */
  proseCharsPerPoint: 150,
  proseMaxBonus: 2,
  /** A short sentence (a caption, a one-line quote) or borderline text its neighbours call text counts a little. */
  shortProse: 0.5,
  /** A short line its neighbours call text (a sub-heading, an unpunctuated caption) counts a very little. */
  shortInText: 0.1,
  /** A short line its neighbours call furniture (a headline, a link, a menu item). Mildly negative. */
  headline: -0.25,
  /** Furniture already recognised by its shape: it should not split an article, but a run of it should end one. */
  furniture: -0.3,
  /** What an image leaves (a placeholder, a file name, alt text) stands inside articles: neutral. */
  image: 0,
  /** A line of a list of other stories: mild, so the article runs on across a boxed list inside it. */
  listLine: -0.25,
  /** A line that opens a list ("Tin liên quan"): the run may go on past it; whether the article does is decided by endBeforeBox. */
  listMarker: -0.5,
  /** The line after an end mark ("./."): the article has ended. */
  afterEndMark: -2,
  /** A line that opens comments or the footer: the article never runs across it. */
  terminalMarker: -50,
  /** Bylines close the article; they should not pull the run past them. */
  byline: -0.5,
  /** How far (in lines) past the densest run a sign-off is looked for, across a "Xem thêm" box and the paragraph after it. */
  signOffLookahead: 8,
  /** A file's last line, unpunctuated, right after the article, with at least this many words is its unfinished last paragraph. */
  unfinishedMinWords: 12,
} as const;

/** A title derived from the lead when the page prints no headline. */
export const title = {
  /** The lead's first sentence is cut at a word boundary within this many characters (a long headline's length). */
  derivedMaxChars: 110,
  /** The lead is the first paragraph among the article's first blocks (photos and captions may open it). */
  leadSearchBlocks: 3,
} as const;

/** Headline choice. */
export const headline = {
  /** Smoothing added to a candidate's word-pair count, so a two-word menu item cannot beat a real headline. */
  overlapSmoothing: 4,
  /** Bonus for a headline-shaped candidate over a sentence. */
  shapeBonus: 0.05,
  /** Bonus for the candidate nearest above the article (only furniture between): headlines sit on top of their lead. */
  adjacentBonus: 0.1,
  /** Bonus for the page's first line of text (pages open with their headline), unless it is worded like a name. */
  firstLineBonus: 0.2,
  /** A line with more than this share of capitalised words is worded like a name (a site's, an office's), not a headline. */
  nameLikeCapitalShare: 0.5,
  /** A headline printed again with a label or section added is at least this share of that line's length. */
  wrappedTitleMinShare: 0.6,
  /** Candidates scoring within this of each other are a tie, won by the earlier line (the headline comes first). */
  tieMargin: 0.02,
  /** The article's lead (its first paragraph of running text) is looked for this many lines into the densest run. */
  insideTopLines: 6,
  /** A headline has at least this many words (runs of letters): a section name ("Thời sự", "Kinh tế") or a reporter's name has fewer. */
  minWords: 3,
  /** A headline ending with a full stop is one sentence of at most this many characters (a lead runs longer). */
  sentenceMaxChars: 130,
  /** A candidate not standing right above the lead must share at least this much of its wording with the article. */
  minOverlap: 0.1,
  /** A page's first line, a sentence read as the lead, is its headline when the article below repeats this much of its wording. */
  sentenceEchoMinOverlap: 0.4,
  /** Right above the lead, a candidate the article does not echo at all needs this many words (a menu item has fewer). */
  unechoedMinWords: 4,
} as const;

/** Metadata extraction (issue 4): dates. */
export const dates = {
  /** A page clock is a short header line ("09:14 | 16/07/2022 GMT+7"); longer lines are prose. */
  clockLineMaxChars: 100,
  /** The event day is written in the first blocks of the article (lead and first paragraphs). */
  leadBlocks: 4,
  /** How far before a year to look for a plan cue ("đến năm", "sẽ"): about one clause. */
  futureCueWindow: 40,
  /** How far around an anniversary count to look for what is counted ("75 năm Quốc khánh"). */
  anniversaryCueWindow: 60,
  /** How far before a year range ("(1973-2023)") to look, within its sentence, for what makes it an anniversary. */
  anniversaryRangeWindow: 200,
  /**
   * A page clock on the event's day or at most this many days after it was printed with the event (news of a meeting
   * appears within the week), so its year is the event's; a clock further on may be the time of scraping.
   */
  clockSameEventMaxDays: 7,
  /** A page clock printed after the headline stands within this many raw lines of it. */
  clockLinesAfterTitle: 10,
  /**
   * A page clock stands within this many non-empty lines of the headline (or of the article's top); a date further
   * up is a portal's header showing the day the page was read, among its menus and tickers.
   */
  clockLinesAroundTitle: 6,
  /**
   * A short line outside the article with a full date and at most this many other characters is a date line
   * ("21/12/2015", "Audio thời sự 18-07-2019"), publication evidence even without a time or a label.
   */
  dateLineMaxOtherChars: 30,
  /**
   * A full date this many days or fewer from the event day is the same event continuing ("30/5/2015" after "Sáng 29/5",
   * "22-25/11/2021" with "Chiều ngày 22/11"): its year is the event's. A week covers a visit or a congress.
   */
  sameEventMaxDays: 7,
  /** An announced day in the lead gives way to a dateline (a day that happened) within this many blocks after the lead. */
  announcedDatelineBlocks: 4,
  /** An announced event ("sẽ được tổ chức") follows its page clock by at most this many days (a preview runs a month ahead). */
  announcedMaxDays: 45,
  /**
   * Where several years fit, the latest is taken only when the page clock stands at most this many days after it: a
   * page printed within a month of its event. A clock further on may be the time of scraping: the year is left open.
   */
  clockBoundsYearMaxDays: 45,
  /** How far back in its clause a year looks for the document it dates ("Thỏa thuận hợp tác … giữa hai Chính phủ năm 2013"). */
  documentCueWindow: 120,
  /** How far before a full date to look for what makes it a founding or remembered day ("Quốc khánh 2/9/1945"). */
  commemoratedCueWindow: 40,
  /** How far each side of a year its sentence is read for words that tell of the past ("Năm ngoái, …", "thành lập năm 1991"). */
  historyCueWindow: 120,
  /** A school year ("năm học 2022-2023") begins in this month (Vietnamese schools open in September; some in August). */
  schoolYearFirstMonth: 8,
  /**
   * The season of a lunar New Year named with the event ("chúc Tết … Tết Nguyên đán Giáp Thìn 2024"): Tết falls between
   * 21 January and 20 February, gifts and visits come from late November, festivals run into March. A day in the named
   * year's months up to the last, or in the year before from the first, is in that season; other months name nothing.
   */
  lunarNewYearLastMonth: 3,
  lunarNewYearFirstMonth: 11,
  /**
   * Blocks shorter than this many words (a share bar or reading widget the cleaner let through, "Cỡ chữ: A- A A+") do not
   * use up the lead's count of blocks: the lead is the first `leadBlocks` blocks of running text.
   */
  leadBlockMinWords: 6,
  /** A congress's name runs at most this long before its term ("Đại hội đại biểu toàn quốc Ủy ban Olympic Việt Nam nhiệm kỳ VI"). */
  congressTermWindow: 160,
  /** A term lasts at most this many years (five for most bodies); a longer span is no term. */
  termMaxYears: 6,
  /** A year's plan is drawn up from this month of the year before ("Kế hoạch hợp tác năm 2025" is signed in the autumn of 2024). */
  planDrawnUpFromMonth: 9,
} as const;

/** Metadata extraction (issue 4): people, partners, events, places. */
export const metadata = {
  /** A person's name has at most this many words after ranks, roles and honorifics are taken off. */
  nameMaxWords: 5,
  /**
   * A foreign word of a name this long or longer may be spelled again with one letter off ("Mangnormek" for "Mangnomek")
   * and still be the same person; shorter words differ by a letter between different people ("Kim", "Lim").
   */
  variantMinLetters: 6,
  /**
   * An apposition read to its closing comma may bridge this many lowercase words outside the title vocabulary
   * ("chỉ huy biên đội tàu Nhật Bản"); more, and it is the sentence's predicate ("bày tỏ vui mừng được …").
   */
  titleMaxUnknownWords: 2,
  /**
   * Reading back from a name to the rank or role that announces it, this many lowercase words outside the title
   * vocabulary may be crossed ("Chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài X"); more, and it was a sentence.
   */
  titleBeforeMaxUnknownWords: 2,
  /** …and this many commas inside one body's name ("Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Văn hóa, Giáo dục, Thanh niên, …"). */
  titleBodyCommas: 4,
  /** A mention cue ("theo lời mời của", "chuyển lời thăm hỏi của") ends within this many characters before the title. */
  mentionCueWindow: 40,
  /** Read forward, the parts of a body's name listed with commas reach their "và" within this many tokens. */
  enumerationMaxTokens: 14,

  /** Country mentions are weighed in the headline, the event and this many lead blocks. */
  partnerLeadBlocks: 3,
  /** The counterpart's country stands within this many characters after a meeting verb ("tiếp Đại sứ đặc mệnh toàn quyền nước …"). */
  counterpartWindow: 80,
  /**
   * Without a country in the headline or the event and no one met, a country in the lead needs this score: the lead's 2
   * and its 1, and a second mention anywhere (a country named once in the lead is named in passing).
   */
  partnerLeadMinScore: 4,
  /** Without a country in the headline, event or lead, a country needs this many mentions in the article. */
  partnerMinMentions: 3,
  /** The place ("tại X") is looked for in this many lead blocks. */
  locationLeadBlocks: 3,
  /** A place name is at most this long; longer captures ran into the sentence. */
  locationMaxChars: 120,
  /** A page's logo line ("Thanh Niên", "Nhân Dân điện tử") stands within its first lines. */
  outletLogoLines: 8,
  /** A line of site furniture naming the site's host or its newsroom's e-mail is short ("0901.22.33.66 - toasoan@toquoc.gov.vn"). */
  furnitureLineMaxChars: 120,
  /** A URL or "Nguồn: https://…" line the scraper left about where the page came from stands within its first lines. */
  sourceLineLines: 5,
  /** An event's name runs at most this long before its number ("… lần thứ 5"); longer spans join two sentences' worth. */
  eventNameMaxChars: 160,
} as const;

/** Decoding raw files (issue 8): damaged UTF-8 versus a legacy code page, text versus binary. */
export const decoding = {
  /**
   * Bytes that are not valid UTF-8 are still read as UTF-8 (the bad bytes reported) when at most this share of the
   * multibyte sequences is broken: a file cut mid-character or with a stray byte. In a legacy code page almost every
   * high byte is a broken sequence.
   */
  maxBrokenUtf8Share: 0.2,
  /** A file with more than this share of C0 control bytes (other than tab, line feed, carriage return, form feed) is binary. */
  maxControlByteShare: 0.05,
  /** Bytes of a legacy-encoded file that detection and scoring look at; the winning code page then decodes it all. */
  detectionSampleBytes: 256 * 1024,
  /**
   * A decoding reads as Vietnamese when at least this share of its words are Vietnamese syllables … Vietnamese news
   * text scores 0.9–0.97 (foreign names and numbers-with-units are the rest); a wrong decoding breaks most words
   * that carry a diacritic, about two in three, and scores 0.2–0.5.
   */
  minSyllableShare: 0.6,
  /** … and at least this many of them carry a diacritic (so plain ASCII, or English, never counts as Vietnamese). */
  minMarkedSyllables: 3,
  /**
   * Old-font text in a UTF-8 file is converted only when it then has at least this much larger a share of
   * syllables than as it stands, so real Unicode Vietnamese whose letters happen to be in Latin-1 is never touched.
   */
  oldFontMinGain: 0.15,
} as const;

/** Same-story detection (issue 8): which articles are linked as copies of one story. */
export const duplicates = {
  /** Consecutive words per shingle; Vietnamese words are single syllables, so five is about a phrase. */
  shingleWords: 5,
  /**
   * Estimated Jaccard similarity of two articles' shingle sets at which they are the same story. A wire story run
   * with a new headline, lead and captions stays well above it; reports of two sessions of one event stay below.
   */
  sameStorySimilarity: 0.5,
} as const;
