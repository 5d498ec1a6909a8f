//! The HTML report (`--format html`): one self-contained HTML5 document for a whole run, for
//! people who never open a terminal. No external assets (inline CSS and SVG, no web fonts) and no
//! JavaScript: `<details>` is the only interactive element.
//!
//! Per guideline: its name and path, the score as a bar with the number as text, the verdict in
//! words with an icon, counts per category and severity, the source with every finding
//! highlighted in place (`<mark>`, numbered badges that link to the finding and back), and each
//! finding's message, help and the rule's explanation with its evidence. Suppressed findings
//! are listed apart, muted, and not highlighted.
//!
//! Highlights are split at line ends and wherever two spans overlap without nesting, so every
//! element is properly nested; a span that covers no visible character (a syntax error at the
//! end of the file) becomes a visible marker. All text is escaped, and control characters are
//! drawn as their pictures (`␀`, `␛`; tabs and line ends of the source are kept).

use std::cmp::Reverse;
use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::io::{self, Write};

use super::Summary;
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::rules;
use crate::run::{Document, RunSummary};
use crate::score::Verdict;
use crate::span::{LineIndex, Span};
use crate::FileReport;

/// Writes the whole run as one HTML document.
pub fn write(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    crate::run::write_document(&HtmlDocument { lang }, reports, out)
}

/// The whole run as one HTML document.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut out = Vec::new();
    // Writing to memory does not fail, and the page is built from `String`s.
    let _ = write(reports, lang, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// The HTML report: each guideline's section is rendered on its own; the run summary at the top
/// (totals, verdict tally, a table of the guidelines) is written once all are done, from the
/// run's counts and a row kept per file.
pub struct HtmlDocument {
    pub lang: Lang,
}

/// What the run summary needs of one file, for the verdict tally and its row in the table of
/// guidelines.
pub struct FileRow {
    /// The file's id (`g1`).
    index: usize,
    path: String,
    /// The guideline's name, when it has one.
    name: Option<String>,
    score: Option<u32>,
    verdict: Verdict,
    /// Unsuppressed findings by severity: errors, warnings, infos.
    counts: [usize; 3],
}

impl Document for HtmlDocument {
    type Row = FileRow;

    fn file(&self, index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<FileRow> {
        let w = words(self.lang);
        let id = format!("g{}", index + 1);
        // The section is most of the page: sized for the source it shows, and handed over
        // without a copy when nothing came before it.
        let mut h = Html(String::with_capacity(2 * report.source.len() + 4096));
        file_section(&mut h, report, &id, self.lang, w);
        if out.is_empty() {
            *out = h.0.into_bytes();
        } else {
            out.extend_from_slice(h.0.as_bytes());
        }
        let counts = Counts::of(report);
        Ok(FileRow {
            index,
            path: report.path.clone(),
            name: guideline_name(&report.source),
            score: report.score,
            verdict: report.verdict,
            counts: SEVERITIES.map(|sev| counts.severity_total(sev)),
        })
    }

    fn head(&self, run: &RunSummary, rows: &[FileRow], out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        let w = words(lang);
        let mut h = Html::default();
        h.raw("<!DOCTYPE html>\n");
        h.fmt(format_args!(
            "<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"color-scheme\" content=\"light\">\n\
             <meta name=\"generator\" content=\"guidelint {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            lang.code(),
            env!("CARGO_PKG_VERSION"),
            esc(&format!("{} – {}", w.title, (w.guidelines)(rows.len()))),
        ));
        h.raw(ICONS);
        h.fmt(format_args!(
            "<header class=\"page\">\n<h1>{}</h1>\n<p class=\"lede\">{}</p>\n</header>\n<main>\n",
            esc(w.title),
            esc(w.lede)
        ));
        run_summary(&mut h, rows, &run.totals, w);
        out.write_all(h.0.as_bytes())
    }

    fn tail(&self, _run: &RunSummary, _rows: &[FileRow], out: &mut dyn Write) -> io::Result<()> {
        let w = words(self.lang);
        write!(
            out,
            "</main>\n<footer class=\"page\">\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
            inline_code(&(w.footer)(env!("CARGO_PKG_VERSION")))
        )
    }
}

// ------------------------------------------------------------------------------------------------
// The run summary

fn run_summary(h: &mut Html, rows: &[FileRow], s: &Summary, w: &Words) {
    h.fmt(format_args!(
        "<section class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">{}</h2>\n",
        esc(w.summary)
    ));
    h.raw("<ul class=\"stats\">\n");
    let stat = |h: &mut Html, class: &str, icon: Option<&str>, n: usize, label: String| {
        h.fmt(format_args!("<li class=\"stat {class}\">"));
        if let Some(icon) = icon {
            h.icon(icon);
        }
        h.fmt(format_args!(
            "<span class=\"n\">{n}</span> <span class=\"what\">{}</span></li>\n",
            esc(&label)
        ));
    };
    stat(h, "files", None, s.files, (w.guidelines_word)(s.files));
    for sev in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = match sev {
            Severity::Error => s.errors,
            Severity::Warning => s.warnings,
            Severity::Info => s.infos,
        };
        let label = (w.severity_count)(sev, n);
        stat(h, &format!("sev-{sev}"), Some(sev.as_str()), n, label);
    }
    if s.suppressed > 0 {
        stat(h, "suppressed", None, s.suppressed, w.suppressed.to_owned());
    }
    h.raw("</ul>\n");

    // Verdict tally.
    h.fmt(format_args!(
        "<h3 class=\"visually-hidden\">{}</h3>\n<ul class=\"verdicts\">\n",
        esc(w.verdicts)
    ));
    for v in [
        Verdict::Open,
        Verdict::Mixed,
        Verdict::LawAndOrder,
        Verdict::Invalid,
    ] {
        let n = rows.iter().filter(|r| r.verdict == v).count();
        if n == 0 && v == Verdict::Invalid {
            continue;
        }
        h.fmt(format_args!(
            "<li class=\"verdict-tally v-{}{}\">",
            v.as_str(),
            if n == 0 { " zero" } else { "" }
        ));
        h.icon(v.as_str());
        h.fmt(format_args!(
            "<span class=\"n\">{n}</span> <span class=\"what\">{}</span></li>\n",
            esc((w.verdict)(v))
        ));
    }
    h.raw("</ul>\n");

    if !rows.is_empty() {
        h.fmt(format_args!(
            "<table class=\"files\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
            esc(w.files_caption),
            esc(w.guideline),
            esc(w.score),
            esc(w.verdict_word),
        ));
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            h.fmt(format_args!(
                "<th scope=\"col\" class=\"num\">{}</th>",
                esc((w.severity_plural)(sev))
            ));
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for r in rows {
            file_row(h, r, w);
        }
        h.raw("</tbody>\n</table>\n");
    }
    h.raw("</section>\n");
}

/// A guideline's row in the table of the run summary.
fn file_row(h: &mut Html, r: &FileRow, w: &Words) {
    let id = format!("g{}", r.index + 1);
    h.fmt(format_args!(
        "<tr><th scope=\"row\"><a href=\"#{id}\">{}</a>",
        r.name.as_deref().map_or_else(|| esc_path(&r.path), esc)
    ));
    if r.name.is_some() {
        h.fmt(format_args!(
            "<br><code class=\"path\">{}</code>",
            esc_path(&r.path)
        ));
    }
    h.raw("</th><td class=\"score-cell\">");
    score_bar(h, r.score, r.verdict, w, "bar small");
    h.raw("</td><td>");
    verdict_label(h, r.verdict, w);
    h.raw("</td>");
    for n in r.counts {
        h.fmt(format_args!(
            "<td class=\"num{}\">{n}</td>",
            if n == 0 { " zero" } else { "" }
        ));
    }
    h.raw("</tr>\n");
}

// ------------------------------------------------------------------------------------------------
// One guideline

fn file_section(h: &mut Html, r: &FileReport, id: &str, lang: Lang, w: &Words) {
    let name = guideline_name(&r.source);
    h.fmt(format_args!(
        "<section class=\"file\" id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{}</h2>\n\
         <p class=\"path\"><span class=\"visually-hidden\">{} </span><code>{}</code></p>\n",
        name.as_deref().map_or_else(|| esc_path(&r.path), esc),
        esc(w.file),
        esc_path(&r.path),
    ));

    // Score, verdict and counts.
    h.raw("<div class=\"overview\">\n<div class=\"scorebox\">\n");
    h.fmt(format_args!(
        "<p class=\"score-label\">{}</p>\n",
        esc(w.score)
    ));
    score_bar(h, r.score, r.verdict, w, "bar large");
    h.raw("<p class=\"verdict-line\">");
    verdict_label(h, r.verdict, w);
    h.raw("</p>\n");
    h.fmt(format_args!(
        "<p class=\"verdict-why\">{}</p>\n",
        esc((w.verdict_meaning)(r.verdict))
    ));
    h.raw("</div>\n");
    let counts = Counts::of(r);
    counts_table(h, &counts, w);
    h.raw("</div>\n");

    let shown: Vec<&Finding> = r.findings.iter().filter(|f| !f.is_suppressed()).collect();
    let suppressed: Vec<&Finding> = r.findings.iter().filter(|f| f.is_suppressed()).collect();
    let index = LineIndex::new(&r.source);

    // The source with highlights.
    h.fmt(format_args!(
        "<h3 id=\"{id}-src-h\">{}</h3>\n",
        esc(w.source)
    ));
    let unreadable = r.findings.iter().any(|f| f.rule == "unreadable-file");
    if unreadable {
        h.fmt(format_args!(
            "<p class=\"no-source\">{}</p>\n",
            esc(w.unreadable)
        ));
    } else {
        let marks: Vec<Highlight> = shown
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Highlight::new(&r.source, i + 1, f))
            .collect();
        source_block(h, id, &r.source, &marks, w);
    }

    // The findings.
    h.fmt(format_args!(
        "<h3 id=\"{id}-findings-h\">{} <span class=\"count\">({})</span></h3>\n",
        esc(w.findings),
        shown.len()
    ));
    if shown.is_empty() {
        h.fmt(format_args!(
            "<p class=\"none\">{}</p>\n",
            esc(w.no_findings)
        ));
    } else {
        h.fmt(format_args!(
            "<ol class=\"findings\" aria-labelledby=\"{id}-findings-h\">\n"
        ));
        // The first finding of each rule carries its explanation; later ones link to it.
        let mut explained: HashMap<&str, usize> = HashMap::new();
        for (i, f) in shown.iter().enumerate() {
            let first = *explained.entry(&f.rule).or_insert(i + 1);
            let place = Place {
                r,
                index: &index,
                file: id,
            };
            finding_item(h, &place, i + 1, f, first, lang, w);
        }
        h.raw("</ol>\n");
    }

    if !suppressed.is_empty() {
        h.fmt(format_args!(
            "<details class=\"suppressed\">\n<summary>{}</summary>\n<ul>\n",
            esc(&(w.suppressed_count)(suppressed.len()))
        ));
        for f in suppressed {
            h.raw("<li>");
            h.fmt(format_args!(
                "<span class=\"tag\">{}</span> <code>{}</code> ",
                esc(w.suppressed_one),
                esc(&f.rule)
            ));
            if let Some(span) = f.span {
                let p = index.position(&r.source, span.start);
                h.fmt(format_args!(
                    "<a href=\"#{id}-L{}\">{}</a>: ",
                    p.line,
                    esc(&(w.line_col)(p.line, p.column))
                ));
            }
            h.raw(&inline_code(&f.message));
            if let Some(reason) = f.suppressed.as_ref().and_then(|s| s.reason.as_deref()) {
                h.fmt(format_args!(
                    " <span class=\"reason\">({}: {})</span>",
                    esc(w.reason),
                    esc(reason)
                ));
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n</details>\n");
    }
    h.fmt(format_args!(
        "<p class=\"top\"><a href=\"#summary-h\">{}</a></p>\n</section>\n",
        esc(w.back_to_summary)
    ));
}

/// The score as a bar with the number beside it (`—` when the file could not be checked).
fn score_bar(h: &mut Html, score: Option<u32>, verdict: Verdict, w: &Words, class: &str) {
    let verdict = verdict.as_str();
    h.fmt(format_args!("<div class=\"{class} v-{verdict}\">"));
    match score {
        Some(score) => h.fmt(format_args!(
            "<svg class=\"gauge\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" focusable=\"false\">\
             <rect class=\"track\" width=\"100\" height=\"10\" rx=\"2\"/>\
             <rect class=\"fill\" width=\"{}\" height=\"10\" rx=\"2\"/>\
             <line class=\"tick\" x1=\"50\" x2=\"50\" y1=\"0\" y2=\"10\"/>\
             <line class=\"tick\" x1=\"80\" x2=\"80\" y1=\"0\" y2=\"10\"/>\
             </svg><span class=\"score-text\" aria-hidden=\"true\"><span class=\"n\">{score}</span><span class=\"of\">/100</span></span>",
            esc(&(w.score_of)(score)),
            score.min(100),
        )),
        // No score: an empty, dashed gauge and a dash.
        None => h.fmt(format_args!(
            "<svg class=\"gauge unscored\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" focusable=\"false\">\
             <rect class=\"track\" x=\".5\" y=\".5\" width=\"99\" height=\"9\" rx=\"2\"/>\
             </svg><span class=\"score-text\" aria-hidden=\"true\"><span class=\"n\">—</span></span>",
            esc(w.not_scored),
        )),
    }
    h.raw("</div>\n");
}

/// The verdict as an icon and a word.
fn verdict_label(h: &mut Html, v: Verdict, w: &Words) {
    h.fmt(format_args!("<span class=\"verdict v-{}\">", v.as_str()));
    h.icon(v.as_str());
    h.fmt(format_args!("{}</span>", esc((w.verdict)(v))));
}

/// Unsuppressed findings per category and severity.
#[derive(Default)]
struct Counts {
    /// `[category][severity]`, in the order of [`CATEGORIES`] and [`SEVERITIES`].
    cells: [[usize; 3]; 4],
    suppressed: usize,
}

const CATEGORIES: [RuleCategory; 4] = [
    RuleCategory::LawAndOrder,
    RuleCategory::Openness,
    RuleCategory::Correctness,
    RuleCategory::Custom,
];
const SEVERITIES: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

impl Counts {
    fn of(r: &FileReport) -> Counts {
        let mut c = Counts::default();
        for f in &r.findings {
            if f.is_suppressed() {
                c.suppressed += 1;
                continue;
            }
            let cat = CATEGORIES
                .iter()
                .position(|&x| x == f.category)
                .unwrap_or(0);
            let sev = SEVERITIES
                .iter()
                .position(|&x| x == f.severity)
                .unwrap_or(0);
            c.cells[cat][sev] += 1;
        }
        c
    }

    fn severity_total(&self, sev: Severity) -> usize {
        let s = SEVERITIES.iter().position(|&x| x == sev).unwrap_or(0);
        self.cells.iter().map(|row| row[s]).sum()
    }
}

fn counts_table(h: &mut Html, c: &Counts, w: &Words) {
    h.fmt(format_args!(
        "<table class=\"counts\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        esc(w.counts_caption),
        esc(w.category)
    ));
    for sev in SEVERITIES {
        h.fmt(format_args!("<th scope=\"col\" class=\"num sev-{sev}\">"));
        h.icon(sev.as_str());
        h.fmt(format_args!("{}</th>", esc((w.severity_plural)(sev))));
    }
    h.fmt(format_args!(
        "<th scope=\"col\" class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        esc(w.total)
    ));
    let cell = |h: &mut Html, n: usize| {
        h.fmt(format_args!(
            "<td class=\"num{}\">{n}</td>",
            if n == 0 { " zero" } else { "" }
        ));
    };
    for (ci, cat) in CATEGORIES.iter().enumerate() {
        h.fmt(format_args!(
            "<tr><th scope=\"row\">{}</th>",
            esc((w.category_name)(*cat))
        ));
        for n in c.cells[ci] {
            cell(h, n);
        }
        cell(h, c.cells[ci].iter().sum());
        h.raw("</tr>\n");
    }
    h.fmt(format_args!(
        "</tbody>\n<tfoot><tr><th scope=\"row\">{}</th>",
        esc(w.total)
    ));
    for sev in SEVERITIES {
        cell(h, c.severity_total(sev));
    }
    cell(h, c.cells.iter().flatten().sum());
    h.raw("</tr></tfoot>\n</table>\n");
    if c.suppressed > 0 {
        h.fmt(format_args!(
            "<p class=\"suppressed-note\">{}</p>\n",
            esc(&(w.suppressed_count)(c.suppressed))
        ));
    }
}

/// The file a finding is in, for positions and ids.
struct Place<'a> {
    r: &'a FileReport,
    index: &'a LineIndex,
    /// The file's id prefix (`g1`).
    file: &'a str,
}

/// One finding; `first` is the number of the file's first finding of the same rule, which
/// carries the rule's explanation.
fn finding_item(
    h: &mut Html,
    at: &Place<'_>,
    n: usize,
    f: &Finding,
    first: usize,
    lang: Lang,
    w: &Words,
) {
    let Place { r, index, file } = *at;
    let sev = f.severity.as_str();
    let fid = format!("{file}-f{n}");
    h.fmt(format_args!(
        "<li class=\"finding sev-{sev}\" id=\"{fid}\">\n<h4><span class=\"badge sev-{sev}\">"
    ));
    h.icon(sev);
    h.fmt(format_args!(
        "<span class=\"visually-hidden\">{} </span>{n}</span> <span class=\"sev-word\">{}</span> \
         <code class=\"rule\">{}</code> <span class=\"cat\">{}</span></h4>\n",
        esc(w.finding),
        esc((w.severity_name)(f.severity)),
        esc(&f.rule),
        esc((w.category_name)(f.category)),
    ));
    h.fmt(format_args!(
        "<p class=\"message\">{}</p>\n",
        inline_code(&f.message)
    ));
    h.raw("<p class=\"where\">");
    match f.span {
        Some(span) => {
            let p = index.position(&r.source, span.start);
            h.fmt(format_args!(
                "<a href=\"#{fid}-src\" class=\"to-source\">{}</a>",
                esc(&(w.line_col)(p.line, p.column))
            ));
            if !f.label.is_empty() {
                h.fmt(format_args!(": {}", inline_code(&f.label)));
            }
        }
        None => {
            h.fmt(format_args!("{}", esc(w.whole_file)));
            if !f.label.is_empty() && f.label != f.message {
                h.fmt(format_args!(": {}", inline_code(&f.label)));
            }
        }
    }
    h.raw("</p>\n");
    for rel in &f.related {
        let p = index.position(&r.source, rel.span.start);
        h.fmt(format_args!(
            "<p class=\"related\">{} <a href=\"#{file}-L{}\">{}</a>: {}</p>\n",
            esc(w.see_also),
            p.line,
            esc(&(w.line_col)(p.line, p.column)),
            inline_code(&rel.message)
        ));
    }
    if let Some(help) = &f.help {
        h.fmt(format_args!(
            "<p class=\"help\"><strong>{}</strong> {}</p>\n",
            esc(w.help),
            inline_code(help)
        ));
    }
    if let Some(rule) = rules::find(&f.rule) {
        let doc = rule.doc(lang);
        let title = match f.category {
            RuleCategory::LawAndOrder | RuleCategory::Openness => w.evidence,
            RuleCategory::Correctness | RuleCategory::Custom => w.about_rule,
        };
        if first != n {
            h.fmt(format_args!(
                "<p class=\"evidence-ref\">{} — <a href=\"#{file}-f{first}\">{}</a></p>\n",
                esc(title),
                esc(&(w.see_finding)(first))
            ));
            h.raw("</li>\n");
            return;
        }
        h.fmt(format_args!(
            "<details class=\"evidence\">\n<summary>{}</summary>\n<div class=\"explanation\">\n<p class=\"rule-summary\">{}</p>\n",
            esc(title),
            inline_code(doc.summary)
        ));
        prose(h, doc.explanation);
        let sources = crate::rules::sources::cited(doc.explanation, lang);
        if !sources.is_empty() {
            h.fmt(format_args!(
                "<p class=\"sources\">{}</p>\n<ul class=\"sources\">\n",
                esc(crate::rules::sources::heading(lang))
            ));
            for (label, what) in sources {
                h.fmt(format_args!("<li>{}: {}</li>\n", esc(&label), esc(what)));
            }
            h.raw("</ul>\n");
        }
        h.fmt(format_args!(
            "<p class=\"explain-hint\">{}</p>\n</div>\n</details>\n",
            inline_code(&(w.explain_hint)(&f.rule))
        ));
    }
    h.raw("</li>\n");
}

/// Paragraphs separated by blank lines; lines starting with `- ` become list items.
fn prose(h: &mut Html, text: &str) {
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<&str> = para.lines().collect();
        if lines.iter().all(|l| l.trim_start().starts_with("- ")) {
            h.raw("<ul>\n");
            for l in lines {
                h.fmt(format_args!(
                    "<li>{}</li>\n",
                    inline_code(l.trim_start().trim_start_matches("- "))
                ));
            }
            h.raw("</ul>\n");
        } else {
            let joined: Vec<String> = lines.iter().map(|l| inline_code(l.trim())).collect();
            h.fmt(format_args!("<p>{}</p>\n", joined.join("<br>")));
        }
    }
}

// ------------------------------------------------------------------------------------------------
// The source with highlights

/// A finding's place in the source.
struct Highlight<'a> {
    /// The finding's number in the file's list.
    n: usize,
    /// Clamped to the source and to character boundaries.
    span: Span,
    /// Whether the span covers a character that can be seen (not only line ends); if not, it
    /// is drawn as a marker at its start.
    visible: bool,
    finding: &'a Finding,
}

impl<'a> Highlight<'a> {
    fn new(source: &str, n: usize, finding: &'a Finding) -> Option<Highlight<'a>> {
        let span = finding.span?;
        let floor = |mut i: usize| {
            i = i.min(source.len());
            while !source.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = floor(span.start);
        let end = floor(span.end.max(start));
        let visible = source[start..end].chars().any(|c| c != '\r' && c != '\n');
        Some(Highlight {
            n,
            span: Span::new(start, end),
            visible,
            finding,
        })
    }
}

fn source_block(h: &mut Html, file: &str, source: &str, marks: &[Highlight<'_>], w: &Words) {
    // Lines as (start, end) byte ranges, the end at the `\n` (the CR of a CR LF is not drawn).
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    // The last line without a newline; an empty one only when a marker sits there.
    if start < source.len() || marks.iter().any(|m| !m.visible && m.span.start >= start) {
        lines.push((start, source.len()));
    }
    if lines.is_empty() {
        h.fmt(format_args!(
            "<p class=\"no-source\">{}</p>\n",
            esc(w.empty_file)
        ));
        return;
    }
    // Marks sorted by start, swept line by line: `live` holds the marks that reach into or
    // start on the current line, so the work per line does not grow with the whole file.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| marks[i].span.start);
    let mut pending = order.into_iter().peekable();
    let mut live: Vec<usize> = Vec::new();

    h.raw("<pre class=\"source\"><code>");
    for (li, &(ls, le)) in lines.iter().enumerate() {
        while let Some(i) = pending.next_if(|&i| marks[i].span.start <= le) {
            live.push(i);
        }
        live.retain(|&i| marks[i].span.start >= ls || (marks[i].visible && marks[i].span.end > ls));
        // Marks that start on this line; invisible ones are drawn as markers at their start.
        let starting: Vec<usize> = live
            .iter()
            .copied()
            .filter(|&i| marks[i].span.start >= ls)
            .collect();
        // The line's text ends before the CR of a CR LF line end, which is not drawn.
        let text_end = if le < source.len() && source[ls..le].ends_with('\r') {
            le - 1
        } else {
            le
        };
        let number = li + 1;
        h.fmt(format_args!(
            "<span class=\"line\" id=\"{file}-L{number}\"><span class=\"ln\" aria-hidden=\"true\">{number}</span><span class=\"lc\">"
        ));
        let mut cuts = vec![ls, le];
        for &i in &live {
            let m = &marks[i];
            if m.visible {
                cuts.extend(
                    [m.span.start, m.span.end]
                        .into_iter()
                        .filter(|&p| ls < p && p < le),
                );
            } else {
                cuts.push(m.span.start.min(le));
            }
        }
        cuts.sort_unstable();
        cuts.dedup();

        // Indices into `marks` of the open `<mark>`s, outermost first.
        let mut stack: Vec<usize> = Vec::new();
        for (ci, &p) in cuts.iter().enumerate() {
            let mut wanted: Vec<usize> = if p < le {
                live.iter()
                    .copied()
                    .filter(|&i| {
                        let m = &marks[i];
                        m.visible && m.span.start <= p && p < m.span.end
                    })
                    .collect()
            } else {
                Vec::new()
            };
            // Outer (earlier, then longer) spans first, so nested spans need no split; of two
            // equal spans the more severe is inside, where its colour shows.
            wanted.sort_by_key(|&i| {
                let m = &marks[i];
                (m.span.start, Reverse(m.span.end), m.finding.severity, m.n)
            });
            let keep = stack
                .iter()
                .zip(&wanted)
                .take_while(|(a, b)| a == b)
                .count();
            for _ in keep..stack.len() {
                h.raw("</mark>");
            }
            stack.truncate(keep);
            for &i in &starting {
                let m = &marks[i];
                if m.visible || m.span.start.min(le) != p {
                    continue;
                }
                let text = if m.span.start >= source.len() {
                    w.end_of_file
                } else {
                    w.here
                };
                h.fmt(format_args!(
                    "<mark class=\"marker sev-{}\" title=\"{}\">{}</mark>",
                    m.finding.severity,
                    esc(&m.finding.message),
                    esc(text)
                ));
            }
            for &i in &wanted[keep..] {
                let m = &marks[i];
                h.fmt(format_args!(
                    "<mark class=\"sev-{}\" title=\"{}\">",
                    m.finding.severity,
                    esc(&format!("{} {}: {}", w.finding, m.n, m.finding.message))
                ));
                stack.push(i);
            }
            if let Some(&next) = cuts.get(ci + 1) {
                h.code_text(&source[p..next.min(text_end).max(p)]);
            }
        }
        for _ in &stack {
            h.raw("</mark>");
        }
        h.raw("</span>");
        // The badges of the findings that start on this line, after its text, so the code
        // keeps its indentation; the marks show where each one is.
        if !starting.is_empty() {
            let mut starting = starting;
            starting.sort_by_key(|&i| marks[i].n);
            h.raw("<span class=\"refs\">");
            for i in starting {
                badge(h, file, &marks[i], w);
            }
            h.raw("</span>");
        }
        h.raw("\n</span>");
    }
    h.raw("</code></pre>\n");
}

/// The numbered badge at the end of a source line that links to the finding (and is the target
/// of its link back).
fn badge(h: &mut Html, file: &str, m: &Highlight<'_>, w: &Words) {
    let sev = m.finding.severity;
    h.fmt(format_args!(
        "<a class=\"ref sev-{sev}\" id=\"{file}-f{n}-src\" href=\"#{file}-f{n}\" aria-label=\"{} {n}: {}\">",
        esc(w.finding),
        esc((w.severity_name)(sev)),
        n = m.n,
    ));
    h.icon(sev.as_str());
    h.fmt(format_args!("{}</a>", m.n));
}

// ------------------------------------------------------------------------------------------------
// Small helpers

/// The document being written.
#[derive(Default)]
struct Html(String);

impl Html {
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    fn fmt(&mut self, args: fmt::Arguments<'_>) {
        // Writing to a String cannot fail.
        let _ = self.0.write_fmt(args);
    }

    /// Source text within a line (its line end is not part of it): escaped, tabs kept, every
    /// other control character drawn as its picture (a lone CR too: an HTML parser would turn
    /// it into a line break).
    fn code_text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '\t' => self.0.push(c),
                c => self.0.push(visible(c)),
            }
        }
    }

    /// An icon from the sprite; decorative, the words always come with it.
    fn icon(&mut self, name: &str) {
        self.fmt(format_args!(
            "<svg class=\"icon\" aria-hidden=\"true\" focusable=\"false\"><use href=\"#i-{name}\"/></svg>"
        ));
    }
}

/// Escapes text for element content and quoted attribute values. Tabs and line feeds are kept
/// (white space to HTML), the CR of a CR LF is dropped, and every other control character is
/// drawn as its picture, so the page holds no character an HTML parser rejects or changes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' | '\n' => out.push(c),
            c => out.push(visible(c)),
        }
    }
    out
}

/// Escapes a file name as [`esc`] does, but a name is one line: a tab, a line feed and a CR in
/// it are drawn as their pictures too (`␉`, `␊`, `␍`), like every other control character (a
/// line feed was kept, and a browser showed it as a space).
fn esc_path(s: &str) -> String {
    if !s.contains(['\t', '\n', '\r']) {
        return esc(s);
    }
    let pictured: String = s
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => visible(c),
            c => c,
        })
        .collect();
    esc(&pictured)
}

/// A character as it can stand in HTML text: C0 control characters and DEL as their pictures
/// (U+2400 to U+2421: `␀`, `␛`, `␡`), C1 control characters and noncharacters as `�` (the
/// characters an HTML parser reports as errors; it would turn NUL into `�` and a lone CR into a
/// line break). Tab and line feed are pictured too: callers keep them where they are white space.
///
/// NEL (U+0085, "next line"), a C1 control that some systems take for a line break, has no
/// control picture of its own: it is drawn as `␤` (U+2424, SYMBOL FOR NEWLINE), one character
/// like the other pictures, so that a reader sees a line break was written there and the
/// source keeps its columns (it was `�`, as if the text were broken).
///
/// A character that turns the direction of text (U+202E, …) would show the line reordered,
/// not as the grammar reads it ("Trojan Source"): it is drawn as `�` too, so the reader sees
/// that something hidden stands there.
fn visible(c: char) -> char {
    match c {
        '\u{85}' => '\u{2424}',
        c if crate::lang::is_bidi_control(c) => char::REPLACEMENT_CHARACTER,
        '\u{fdd0}'..='\u{fdef}' => char::REPLACEMENT_CHARACTER,
        c if u32::from(c) & 0xfffe == 0xfffe => char::REPLACEMENT_CHARACTER,
        c => crate::lang::control_picture(c).unwrap_or(c),
    }
}

/// Escapes text and turns `` `code` `` into `<code>` (an unpaired backtick stays as it is).
fn inline_code(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len() % 2 == 0 {
        return esc(s);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                format!("<code>{}</code>", esc(part))
            } else {
                esc(part)
            }
        })
        .collect()
}

/// The name in `guideline "NAME"` at the start of a source (after a BOM, whitespace and
/// comments); `None` when the file does not start that way.
fn guideline_name(source: &str) -> Option<String> {
    fn skip_trivia(mut s: &str) -> &str {
        loop {
            s = s.trim_start();
            match s.strip_prefix('#') {
                Some(comment) => s = comment.find('\n').map_or("", |i| &comment[i..]),
                None => return s,
            }
        }
    }
    let s = skip_trivia(source.strip_prefix('\u{feff}').unwrap_or(source));
    let keyword = s.get(..9)?;
    if !keyword.eq_ignore_ascii_case("guideline") {
        return None;
    }
    let rest = &s[9..];
    if rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '-')
    {
        return None;
    }
    let mut chars = skip_trivia(rest).strip_prefix('"')?.chars();
    let mut name = String::new();
    loop {
        match chars.next()? {
            '"' => break,
            '\\' => match chars.next()? {
                'n' => name.push('\n'),
                't' => name.push('\t'),
                c => name.push(c),
            },
            c => name.push(c),
        }
    }
    let name = name.trim().to_owned();
    (!name.is_empty()).then_some(name)
}

// ------------------------------------------------------------------------------------------------
// Words

/// The report's own words in one language (the rules' texts come from their docs).
struct Words {
    title: &'static str,
    lede: &'static str,
    summary: &'static str,
    verdicts: &'static str,
    files_caption: &'static str,
    counts_caption: &'static str,
    guideline: &'static str,
    file: &'static str,
    score: &'static str,
    verdict_word: &'static str,
    category: &'static str,
    total: &'static str,
    source: &'static str,
    findings: &'static str,
    finding: &'static str,
    no_findings: &'static str,
    whole_file: &'static str,
    see_also: &'static str,
    help: &'static str,
    evidence: &'static str,
    about_rule: &'static str,
    suppressed: &'static str,
    suppressed_one: &'static str,
    reason: &'static str,
    unreadable: &'static str,
    empty_file: &'static str,
    end_of_file: &'static str,
    here: &'static str,
    not_scored: &'static str,
    back_to_summary: &'static str,
    guidelines: fn(usize) -> String,
    guidelines_word: fn(usize) -> String,
    severity_count: fn(Severity, usize) -> String,
    severity_name: fn(Severity) -> &'static str,
    severity_plural: fn(Severity) -> &'static str,
    category_name: fn(RuleCategory) -> &'static str,
    verdict: fn(Verdict) -> &'static str,
    verdict_meaning: fn(Verdict) -> &'static str,
    score_of: fn(u32) -> String,
    line_col: fn(usize, usize) -> String,
    suppressed_count: fn(usize) -> String,
    explain_hint: fn(&str) -> String,
    see_finding: fn(usize) -> String,
    footer: fn(&str) -> String,
}

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

fn en_plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

static EN: Words = Words {
    title: "Social-media guideline report",
    lede: "How open are these guidelines? guidelint flags law-and-order rules (blanket blocks, \
           pre-approval of every post, surveillance, gag rules, threats without reasons) and missing \
           good practice, says why with the evidence, and suggests what to write instead.",
    summary: "Summary",
    verdicts: "Verdicts",
    files_caption: "Score and verdict per guideline",
    counts_caption: "Findings by category and severity",
    guideline: "Guideline",
    file: "File:",
    score: "Score",
    verdict_word: "Verdict",
    category: "Category",
    total: "Total",
    source: "Source",
    findings: "Findings",
    finding: "Finding",
    no_findings: "No findings: nothing to improve here.",
    whole_file: "Whole file",
    see_also: "See also",
    help: "Suggestion:",
    evidence: "Why this matters: the evidence",
    about_rule: "About this rule",
    suppressed: "suppressed (not counted)",
    suppressed_one: "suppressed",
    reason: "reason",
    unreadable: "This file could not be read, so there is no source to show. See the finding below.",
    empty_file: "The file is empty.",
    end_of_file: "end of file",
    here: "here",
    not_scored: "Not scored: the file could not be checked",
    back_to_summary: "Back to the summary",
    guidelines: |n| en_plural(n, "guideline", "guidelines"),
    guidelines_word: |n| if n == 1 { "guideline" } else { "guidelines" }.to_owned(),
    severity_count: |sev, n| {
        match sev {
            Severity::Error => if n == 1 { "error" } else { "errors" },
            Severity::Warning => if n == 1 { "warning" } else { "warnings" },
            Severity::Info => if n == 1 { "info" } else { "infos" },
        }
        .to_owned()
    },
    severity_name: |sev| match sev {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
    },
    severity_plural: |sev| match sev {
        Severity::Error => "Errors",
        Severity::Warning => "Warnings",
        Severity::Info => "Infos",
    },
    category_name: |cat| match cat {
        RuleCategory::LawAndOrder => "Law and order",
        RuleCategory::Openness => "Openness",
        RuleCategory::Correctness => "Correctness",
        RuleCategory::Custom => "Custom",
    },
    verdict: |v| match v {
        Verdict::Open => "Open",
        Verdict::Mixed => "Mixed",
        Verdict::LawAndOrder => "Law and order",
        Verdict::Invalid => "Invalid",
    },
    verdict_meaning: |v| match v {
        Verdict::Open => "Trusts employees and invites dialogue (score 80 or more, no law-and-order findings).",
        Verdict::Mixed => "Open in parts, with some control-oriented rules left (a law-and-order warning, or a score below 80).",
        Verdict::LawAndOrder => "Controls more than it enables (a law-and-order error, or a score below 50).",
        Verdict::Invalid => "Could not be checked: fix the syntax error or make the file readable, then check again.",
    },
    score_of: |s| format!("Score {s} out of 100"),
    line_col: |l, c| format!("line {l}, column {c}"),
    suppressed_count: |n| {
        format!(
            "{} suppressed with guidelint-allow (not counted)",
            en_plural(n, "finding", "findings")
        )
    },
    explain_hint: |rule| format!("In a terminal: `guidelint explain {rule}`."),
    see_finding: |n| format!("see finding {n} above"),
    footer: |version| {
        format!(
            "Made by guidelint {version}. Every rule is explained in full by `guidelint explain RULE`; \
             `guidelint rules` lists them all."
        )
    },
};

fn de_plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

static DE: Words = Words {
    title: "Bericht zu den Social-Media-Richtlinien",
    lede: "Wie offen sind diese Richtlinien? guidelint meldet Law-&-Order-Regeln (pauschale Sperren, \
           Freigabe jedes Beitrags, Überwachung, Maulkörbe, Drohungen ohne Begründung) und fehlende \
           gute Praxis, begründet jede Meldung mit den Belegen und schlägt vor, was Sie stattdessen \
           schreiben können.",
    summary: "Zusammenfassung",
    verdicts: "Urteile",
    files_caption: "Punktzahl und Urteil je Richtlinie",
    counts_caption: "Meldungen nach Kategorie und Schweregrad",
    guideline: "Richtlinie",
    file: "Datei:",
    score: "Punktzahl",
    verdict_word: "Urteil",
    category: "Kategorie",
    total: "Gesamt",
    source: "Quelltext",
    findings: "Meldungen",
    finding: "Meldung",
    no_findings: "Keine Meldungen: Hier gibt es nichts zu verbessern.",
    whole_file: "Ganze Datei",
    see_also: "Siehe auch",
    help: "Tipp:",
    evidence: "Warum das wichtig ist: die Belege",
    about_rule: "Über diese Regel",
    suppressed: "unterdrückt (nicht gezählt)",
    suppressed_one: "unterdrückt",
    reason: "Begründung",
    unreadable: "Diese Datei konnte nicht gelesen werden, daher gibt es keinen Quelltext. Siehe die Meldung unten.",
    empty_file: "Die Datei ist leer.",
    end_of_file: "Dateiende",
    here: "hier",
    not_scored: "Keine Punktzahl: Die Datei konnte nicht geprüft werden",
    back_to_summary: "Zurück zur Zusammenfassung",
    guidelines: |n| de_plural(n, "Richtlinie", "Richtlinien"),
    guidelines_word: |n| if n == 1 { "Richtlinie" } else { "Richtlinien" }.to_owned(),
    severity_count: |sev, n| {
        match sev {
            Severity::Error => "Fehler",
            Severity::Warning => if n == 1 { "Warnung" } else { "Warnungen" },
            Severity::Info => if n == 1 { "Hinweis" } else { "Hinweise" },
        }
        .to_owned()
    },
    severity_name: |sev| match sev {
        Severity::Error => "Fehler",
        Severity::Warning => "Warnung",
        Severity::Info => "Hinweis",
    },
    severity_plural: |sev| match sev {
        Severity::Error => "Fehler",
        Severity::Warning => "Warnungen",
        Severity::Info => "Hinweise",
    },
    category_name: |cat| match cat {
        RuleCategory::LawAndOrder => "Law & Order",
        RuleCategory::Openness => "Offenheit",
        RuleCategory::Correctness => "Korrektheit",
        RuleCategory::Custom => "Eigene Regeln",
    },
    verdict: |v| match v {
        Verdict::Open => "Offen",
        Verdict::Mixed => "Gemischt",
        Verdict::LawAndOrder => "Law & Order",
        Verdict::Invalid => "Ungültig",
    },
    verdict_meaning: |v| match v {
        Verdict::Open => "Vertraut den Beschäftigten und lädt zum Dialog ein (Punktzahl 80 oder mehr, keine Law-&-Order-Meldungen).",
        Verdict::Mixed => "In Teilen offen, mit einigen kontrollorientierten Regeln (mindestens eine Law-&-Order-Warnung oder eine Punktzahl unter 80).",
        Verdict::LawAndOrder => "Kontrolliert mehr, als sie ermöglicht (mindestens ein Law-&-Order-Fehler oder eine Punktzahl unter 50).",
        Verdict::Invalid => "Konnte nicht geprüft werden: Beheben Sie den Syntaxfehler oder machen Sie die Datei lesbar und prüfen Sie erneut.",
    },
    score_of: |s| format!("Punktzahl {s} von 100"),
    line_col: |l, c| format!("Zeile {l}, Spalte {c}"),
    suppressed_count: |n| {
        format!(
            "{} mit guidelint-allow unterdrückt (nicht gezählt)",
            de_plural(n, "Meldung", "Meldungen")
        )
    },
    explain_hint: |rule| format!("Im Terminal: `guidelint explain --lang de {rule}`."),
    see_finding: |n| format!("siehe Meldung {n} oben"),
    footer: |version| {
        format!(
            "Erstellt mit guidelint {version}. Jede Regel erklärt `guidelint explain --lang de REGEL` \
             ausführlich; `guidelint rules --lang de` listet alle auf."
        )
    },
};

// ------------------------------------------------------------------------------------------------
// Style and icons

/// Colours (WCAG contrast ratios, computed with the WCAG 2 relative-luminance formula):
///   ink      #1f2328 on #ffffff 15.8:1, on the panel #f6f8fa 14.8:1
///   muted    #57606a on #ffffff 6.4:1, on #f6f8fa 6.0:1 (line numbers, paths, zero counts)
///   link     #0550ae on #ffffff 7.6:1
///   error    #b3261e on #ffffff 6.5:1, on its tint #fde7e9 5.5:1
///   warning  #8a4b00 on #ffffff 6.8:1, on its tint #fff1d6 6.1:1
///   info     #0a58b0 on #ffffff 6.9:1, on its tint #e3efff 6.0:1
///   open     #116329 on #ffffff 7.4:1, on its tint #dcf5e3 6.4:1
///   invalid  #57606a on #ffffff 6.4:1, on its tint #eef0f2 5.6:1
///   source text #1f2328 on the marks #ffd8d8 12.1:1, #ffe7a8 13.0:1, #d8e8ff 12.7:1, and on
///   the darker nested marks (#f5b8b8 9.4:1, #f7d67c 11.2:1, #b9d4fa 10.4:1); the
///   suggestion box #1f2328 on #dcf5e3 13.7:1; a targeted line on #fff8c5 14.7:1
/// The bar fills are at least 4.4:1 against the track #d0d7de (non-text contrast needs 3:1).
/// Colour never carries meaning alone: severities and verdicts always come with an icon and a
/// word.
///
/// The rules for narrow widths are for screens only: a printed page (A4 with margins, about
/// 700 px) is as narrow as a phone, and paper keeps every column of the tables.
const CSS: &str = r#"
:root { color-scheme: light; --ink:#1f2328; --muted:#57606a; --line:#d0d7de; --panel:#f6f8fa; --link:#0550ae;
  --error:#b3261e; --error-tint:#fde7e9; --error-mark:#ffd8d8; --error-mark2:#f5b8b8;
  --warning:#8a4b00; --warning-tint:#fff1d6; --warning-mark:#ffe7a8; --warning-mark2:#f7d67c;
  --info:#0a58b0; --info-tint:#e3efff; --info-mark:#d8e8ff; --info-mark2:#b9d4fa;
  --open:#116329; --open-tint:#dcf5e3; --invalid:#57606a; --invalid-tint:#eef0f2;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; }
* { box-sizing: border-box; }
html { background:#fff; color:var(--ink); }
body { margin:0 auto; max-width:72rem; padding:1.5rem 2rem 3rem; line-height:1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
a { color:var(--link); }
a:focus-visible, summary:focus-visible { outline:3px solid var(--link); outline-offset:2px; }
code, pre { font-family:var(--mono); font-size:.92em; }
h1 { font-size:1.9rem; margin:0 0 .25rem; }
h2 { font-size:1.5rem; margin:0; }
h3 { font-size:1.15rem; margin:1.75rem 0 .5rem; }
h4 { font-size:1rem; margin:0 0 .25rem; display:flex; flex-wrap:wrap; align-items:center; gap:.5rem; }
.lede { color:var(--muted); max-width:48rem; margin:.25rem 0 1.5rem; }
.visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.sprite { position:absolute; width:0; height:0; overflow:hidden; }
.icon { width:1.05em; height:1.05em; vertical-align:-.15em; flex:none; margin-right:.3em; }
.sev-error { color:var(--error); } .sev-warning { color:var(--warning); } .sev-info { color:var(--info); }
.v-open { color:var(--open); } .v-mixed { color:var(--warning); } .v-law-and-order { color:var(--error); } .v-invalid { color:var(--invalid); }
section.summary, section.file { border:1px solid var(--line); border-radius:10px; padding:1.25rem 1.5rem; margin:0 0 2rem; }
.stats, .verdicts { list-style:none; padding:0; margin:1rem 0; display:flex; flex-wrap:wrap; gap:.75rem; }
.stat, .verdict-tally { border:1px solid var(--line); border-radius:8px; padding:.5rem .9rem; background:var(--panel); color:var(--ink); }
.stat .n, .verdict-tally .n { font-size:1.35rem; font-weight:700; margin-right:.15rem; }
.stat.sev-error .n, .stat.sev-error .icon { color:var(--error); }
.stat.sev-warning .n, .stat.sev-warning .icon { color:var(--warning); }
.stat.sev-info .n, .stat.sev-info .icon { color:var(--info); }
.verdict-tally.v-open { background:var(--open-tint); border-color:var(--open); }
.verdict-tally.v-mixed { background:var(--warning-tint); border-color:var(--warning); }
.verdict-tally.v-law-and-order { background:var(--error-tint); border-color:var(--error); }
.verdict-tally.v-invalid { background:var(--invalid-tint); border-color:var(--invalid); }
.verdict-tally .what { color:var(--ink); font-weight:600; }
.verdict-tally.zero { background:#fff; border-style:dashed; color:var(--muted); }
.verdict-tally.zero .what { color:var(--muted); font-weight:400; }
table { border-collapse:collapse; width:100%; }
caption { text-align:left; font-weight:600; padding:0 0 .4rem; }
th, td { border-bottom:1px solid var(--line); padding:.45rem .6rem; text-align:left; vertical-align:middle; }
thead th { background:var(--panel); font-size:.9rem; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
td.zero { color:var(--muted); }
tfoot th, tfoot td { font-weight:700; border-bottom:0; border-top:2px solid var(--line); }
table.files th[scope=row] a { font-weight:600; }
code.path, .path code { color:var(--muted); font-size:.85rem; }
p.path { margin:.15rem 0 1rem; }
.verdict { font-weight:700; white-space:nowrap; }
.bar { display:flex; align-items:center; gap:.6rem; }
.gauge { display:block; flex:none; }
.gauge .track { fill:var(--line); } .gauge.unscored .track { fill:#fff; stroke:var(--muted); stroke-width:1; stroke-dasharray:3 2; vector-effect:non-scaling-stroke; } .gauge .tick { stroke:#fff; stroke-width:.6; }
.v-open .gauge .fill { fill:var(--open); } .v-mixed .gauge .fill { fill:var(--warning); }
.v-law-and-order .gauge .fill { fill:var(--error); } .v-invalid .gauge .fill { fill:var(--invalid); }
.bar.small .gauge { width:7rem; height:.7rem; }
.bar.small .score-text { color:var(--ink); font-weight:700; font-variant-numeric:tabular-nums; min-width:4.5em; }
.bar.small .of { color:var(--muted); font-weight:400; }
.bar.large { flex-direction:column-reverse; align-items:flex-start; gap:.35rem; }
.bar.large .gauge { width:100%; height:1rem; }
.bar.large .score-text { color:var(--ink); }
.bar.large .n { font-size:2.6rem; font-weight:800; line-height:1; }
.bar.large .of { font-size:1.1rem; color:var(--muted); margin-left:.15rem; }
.overview { display:grid; grid-template-columns:minmax(14rem, 20rem) 1fr; gap:1.5rem 2.5rem; align-items:start; }
.scorebox { border-radius:8px; padding:1rem 1.1rem; background:var(--panel); border:1px solid var(--line); }
.scorebox p { margin:0; }
.score-label { font-size:.8rem; text-transform:uppercase; letter-spacing:.06em; color:var(--muted); font-weight:700; margin-bottom:.3rem !important; }
.verdict-line { margin-top:.9rem !important; font-size:1.15rem; }
.verdict-why { color:var(--ink); font-size:.9rem; margin-top:.25rem !important; }
.suppressed-note { color:var(--muted); font-size:.9rem; margin:.4rem 0 0; }
.counts th .icon { margin-right:.25em; }
pre.source { margin:0; background:var(--panel); border:1px solid var(--line); border-radius:8px; padding:.6rem 0;
  white-space:pre-wrap; overflow-wrap:anywhere; line-height:1.6; tab-size:4; }
pre.source code { font-size:.88rem; display:block; }
.line { display:block; padding-left:5.5ch; padding-right:1rem; text-indent:-5.5ch; }
.line:target { background:#fff8c5; }
.ln { display:inline-block; width:4ch; margin-right:1.5ch; text-align:right; color:var(--muted); text-indent:0; user-select:none; }
mark { border-radius:2px; padding:.1em 0; }
mark.sev-error { color:var(--ink); background:var(--error-mark); box-shadow:inset 0 -2px 0 var(--error); }
mark.sev-warning { color:var(--ink); background:var(--warning-mark); box-shadow:inset 0 -2px 0 var(--warning); }
mark.sev-info { color:var(--ink); background:var(--info-mark); box-shadow:inset 0 -2px 0 var(--info); }
mark mark.sev-error { background:var(--error-mark2); }
mark mark.sev-warning { background:var(--warning-mark2); }
mark mark.sev-info { background:var(--info-mark2); }
mark.marker { font-family:system-ui, sans-serif; font-style:italic; font-size:.8em; padding:0 .4em; border:1px dashed currentColor; box-shadow:none; margin-left:.2em; }
mark.marker.sev-error { color:var(--error); background:var(--error-tint); }
mark.marker.sev-warning { color:var(--warning); background:var(--warning-tint); }
mark.marker.sev-info { color:var(--info); background:var(--info-tint); }
.refs { margin-left:1.5ch; user-select:none; }
a.ref { display:inline-block; text-indent:0; font-family:system-ui, sans-serif; font-size:.75em; font-weight:700; line-height:1.35;
  text-decoration:none; border:1px solid currentColor; border-radius:999px; padding:0 .45em 0 .3em; margin:0 .3em 0 0;
  vertical-align:.1em; background:#fff; }
a.ref:target { outline:3px solid var(--link); outline-offset:1px; }
.line:has(a.ref:target) { background:#fff8c5; }
a.ref .icon { width:.95em; height:.95em; margin-right:.15em; vertical-align:-.12em; }
a.ref:hover, a.ref:focus-visible { text-decoration:underline; }
ol.findings { list-style:none; padding:0; margin:0; display:grid; gap:.9rem; }
.finding { border:1px solid var(--line); border-left:6px solid currentColor; border-radius:8px; padding:.8rem 1rem; }
.finding:target { outline:3px solid var(--link); outline-offset:2px; }
.finding > * { color:var(--ink); }
.finding h4 { color:var(--ink); }
.badge { display:inline-flex; align-items:center; border-radius:999px; padding:.05rem .55rem .05rem .4rem; font-weight:700; border:1px solid currentColor; }
.badge.sev-error { color:var(--error); background:var(--error-tint); }
.badge.sev-warning { color:var(--warning); background:var(--warning-tint); }
.badge.sev-info { color:var(--info); background:var(--info-tint); }
.finding.sev-error .sev-word { color:var(--error); } .finding.sev-warning .sev-word { color:var(--warning); } .finding.sev-info .sev-word { color:var(--info); }
.rule { font-weight:600; }
.cat { color:var(--muted); font-weight:400; font-size:.88rem; }
.message { font-size:1.05rem; margin:.2rem 0; }
.where, .related { margin:.2rem 0; font-size:.92rem; color:var(--muted) !important; }
.help { margin:.45rem 0; padding:.45rem .7rem; background:var(--open-tint); border-radius:6px; }
.help strong { color:var(--open); }
details.evidence { margin-top:.4rem; }
details > summary { cursor:pointer; color:var(--link); font-weight:600; }
.explanation { border-left:3px solid var(--line); padding:.1rem 0 .1rem 1rem; margin-top:.4rem; max-width:52rem; }
p.sources { margin:.6rem 0 .2rem; font-weight:600; }
ul.sources { margin:0; padding-left:1.2rem; font-size:.92em; }
.rule-summary { font-weight:600; }
.explain-hint { color:var(--muted); font-size:.88rem; }
.evidence-ref { margin:.4rem 0 0; font-size:.92rem; }
details.suppressed { margin-top:1.25rem; color:var(--muted); border:1px dashed var(--line); border-radius:8px; padding:.5rem .9rem; }
details.suppressed summary { color:var(--muted); }
details.suppressed .tag { text-transform:uppercase; font-size:.75rem; letter-spacing:.05em; border:1px solid var(--muted); border-radius:4px; padding:0 .3em; }
.none { color:var(--open); font-weight:600; }
.no-source { color:var(--muted); font-style:italic; }
p.top { margin:1rem 0 0; font-size:.9rem; }
footer.page { color:var(--muted); font-size:.88rem; border-top:1px solid var(--line); padding-top:.75rem; }
@media screen and (max-width: 48rem) {
  body { padding:1rem; }
  section.summary, section.file { padding:1rem; }
  .overview { grid-template-columns:1fr; }
  table.files thead th:nth-child(n+4), table.files td:nth-child(n+4) { display:none; }
}
@media print {
  @page { margin:14mm; }
  html { font-size:10pt; }
  body { max-width:none; padding:0; }
  * { -webkit-print-color-adjust:exact; print-color-adjust:exact; }
  section.summary, section.file { border:0; padding:0; margin:0; }
  section.file { break-before:page; }
  pre.source { overflow:visible; white-space:pre-wrap; }
  .finding, .scorebox, table, tr { break-inside:avoid; }
  h2, h3, h4 { break-after:avoid; }
  details > summary { list-style:none; color:var(--ink); }
  details > summary::-webkit-details-marker { display:none; }
  details::details-content { content-visibility:visible; display:block; }
  a { color:inherit; text-decoration:none; }
  p.top { display:none; }
}
"#;

/// The icons, drawn once and used by reference (`<use href="#i-…">`).
const ICONS: &str = concat!(
    "<svg class=\"sprite\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">\n",
    "<symbol id=\"i-error\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>",
    "<path d=\"M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4\" stroke=\"#fff\" stroke-width=\"2\" stroke-linecap=\"round\"/></symbol>\n",
    "<symbol id=\"i-warning\" viewBox=\"0 0 16 16\"><path d=\"M8 1.2 15.4 14.6H.6z\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"1\" stroke-linejoin=\"round\"/>",
    "<path d=\"M8 5.8v4\" stroke=\"#fff\" stroke-width=\"2\" stroke-linecap=\"round\"/><circle cx=\"8\" cy=\"12.4\" r=\"1.1\" fill=\"#fff\"/></symbol>\n",
    "<symbol id=\"i-info\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>",
    "<path d=\"M8 7.3v4.5\" stroke=\"#fff\" stroke-width=\"2\" stroke-linecap=\"round\"/><circle cx=\"8\" cy=\"4.6\" r=\"1.15\" fill=\"#fff\"/></symbol>\n",
    "<symbol id=\"i-open\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>",
    "<path d=\"M4.6 8.3l2.3 2.3 4.5-5\" stroke=\"#fff\" stroke-width=\"2\" fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></symbol>\n",
    "<symbol id=\"i-mixed\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"6.6\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"1.8\"/>",
    "<path d=\"M8 1.4a6.6 6.6 0 0 1 0 13.2z\" fill=\"currentColor\"/></symbol>\n",
    "<symbol id=\"i-law-and-order\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" fill=\"currentColor\"/>",
    "<rect x=\"3.6\" y=\"6.8\" width=\"8.8\" height=\"2.4\" rx=\".6\" fill=\"#fff\"/></symbol>\n",
    "<symbol id=\"i-invalid\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"6.6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\" stroke-dasharray=\"2.6 1.6\"/>",
    "<path d=\"M6.1 6.3a2 2 0 1 1 2.8 1.8c-.6.3-.9.7-.9 1.3v.3\" stroke=\"currentColor\" stroke-width=\"1.7\" fill=\"none\" stroke-linecap=\"round\"/>",
    "<circle cx=\"8\" cy=\"11.9\" r=\"1\" fill=\"currentColor\"/></symbol>\n",
    "</svg>\n",
);

#[cfg(test)]
mod tests;
