/** The fixed URL sections of the site (Vietnamese, as readers see them). */
export const SECTIONS = {
  article: "bai-viet",
  partner: "doi-tac",
  person: "nhan-vat",
  series: "chuoi-su-kien",
  outlet: "co-quan-bao-chi",
  archive: "luu-tru",
  search: "tim-kiem",
} as const;
