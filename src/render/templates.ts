/**
 * Every template of templates/, by its path there. Eleventy is handed them as virtual templates
 * (modules already loaded) instead of finding and importing the files itself, so that the build
 * and its templates are one program: the build can run compiled into one file, without a
 * TypeScript loader (see scripts/run.mjs), and the templates share its modules (and their state).
 * A template file missing here fails a test (templates.test.ts).
 */
import * as t404 from "../../templates/404.11ty.ts";
import * as headers from "../../templates/_headers.11ty.ts";
import * as layoutArticle from "../../templates/_includes/article.11ty.ts";
import * as layoutBase from "../../templates/_includes/base.11ty.ts";
import * as bienTapIndex from "../../templates/bien-tap/index.11ty.ts";
import * as chuoiSuKienSeries from "../../templates/chuoi-su-kien/series.11ty.ts";
import * as coQuanBaoChiOutlet from "../../templates/co-quan-bao-chi/outlet.11ty.ts";
import * as doiTacPartner from "../../templates/doi-tac/partner.11ty.ts";
import * as duLieuArticlesCsv from "../../templates/du-lieu/articles.csv.11ty.ts";
import * as duLieuArticlesJson from "../../templates/du-lieu/articles.json.11ty.ts";
import * as duLieuIndex from "../../templates/du-lieu/index.11ty.ts";
import * as groupIndex from "../../templates/group-index.11ty.ts";
import * as index from "../../templates/index.11ty.ts";
import * as luuTruIndex from "../../templates/luu-tru/index.11ty.ts";
import * as luuTruMonth from "../../templates/luu-tru/month.11ty.ts";
import * as luuTruYear from "../../templates/luu-tru/year.11ty.ts";
import * as moved from "../../templates/moved.11ty.ts";
import * as nhanVatPerson from "../../templates/nhan-vat/person.11ty.ts";
import * as robots from "../../templates/robots.11ty.ts";
import * as sitemap from "../../templates/sitemap.11ty.ts";
import * as timKiem from "../../templates/tim-kiem.11ty.ts";
import * as timKiemChiTiet from "../../templates/tim-kiem/chi-tiet.11ty.ts";
import * as timKiemDuLieuJson from "../../templates/tim-kiem/du-lieu.json.11ty.ts";
import * as timKiemLoc from "../../templates/tim-kiem/loc.11ty.ts";

export const TEMPLATES: Readonly<Record<string, object>> = {
  "404.11ty.ts": t404,
  "_headers.11ty.ts": headers,
  "_includes/article.11ty.ts": layoutArticle,
  "_includes/base.11ty.ts": layoutBase,
  "bien-tap/index.11ty.ts": bienTapIndex,
  "chuoi-su-kien/series.11ty.ts": chuoiSuKienSeries,
  "co-quan-bao-chi/outlet.11ty.ts": coQuanBaoChiOutlet,
  "doi-tac/partner.11ty.ts": doiTacPartner,
  "du-lieu/articles.csv.11ty.ts": duLieuArticlesCsv,
  "du-lieu/articles.json.11ty.ts": duLieuArticlesJson,
  "du-lieu/index.11ty.ts": duLieuIndex,
  "group-index.11ty.ts": groupIndex,
  "index.11ty.ts": index,
  "luu-tru/index.11ty.ts": luuTruIndex,
  "luu-tru/month.11ty.ts": luuTruMonth,
  "luu-tru/year.11ty.ts": luuTruYear,
  "moved.11ty.ts": moved,
  "nhan-vat/person.11ty.ts": nhanVatPerson,
  "robots.11ty.ts": robots,
  "sitemap.11ty.ts": sitemap,
  "tim-kiem.11ty.ts": timKiem,
  "tim-kiem/chi-tiet.11ty.ts": timKiemChiTiet,
  "tim-kiem/du-lieu.json.11ty.ts": timKiemDuLieuJson,
  "tim-kiem/loc.11ty.ts": timKiemLoc,
};
