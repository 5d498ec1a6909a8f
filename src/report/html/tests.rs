use std::collections::HashSet;

use super::*;
use crate::finding::Related;
use crate::rules::unreadable_file::Reason;
use crate::Config;

fn check(source: &str) -> FileReport {
    crate::check_source("test.guideline", source, &Config::default())
}

fn finding(rule: &'static str, severity: Severity, span: Option<Span>, message: &str) -> Finding {
    Finding {
        rule: rule.into(),
        category: RuleCategory::LawAndOrder,
        severity,
        span,
        label: format!("label of {message}").into(),
        message: message.to_owned(),
        help: Some("write `allow employees to access any-platform`".into()),
        related: Vec::new(),
        suppressed: None,
    }
}

/// A report with hand-made findings (sorted as the engine sorts them).
fn report(source: &str, mut findings: Vec<Finding>) -> FileReport {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let (score, verdict) = crate::score::assess(&findings);
    FileReport {
        path: "hand.guideline".to_owned(),
        source: source.to_owned(),
        findings,
        score,
        verdict,
    }
}

/// What a small HTML checker finds in a document.
#[derive(Debug, Default)]
struct Structure {
    ids: Vec<String>,
    hrefs: Vec<String>,
}

const VOID: &[&str] = &["meta", "br", "hr", "img", "input", "link", "wbr", "col"];

/// Checks that every opened element is closed in order, that attributes are quoted, and that
/// text between tags holds no raw `<`, `>` or bare `&`; collects ids and in-page links.
fn structure(html: &str) -> Result<Structure, String> {
    let mut found = Structure::default();
    let mut stack: Vec<&str> = Vec::new();
    let mut pos = 0;
    let text_ok = |text: &str| -> Result<(), String> {
        if text.contains('>') {
            return Err(format!("raw `>` in text: {text:?}"));
        }
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|e| entity.starts_with(e))
            {
                return Err(format!("bare `&` in text: {text:?}"));
            }
        }
        Ok(())
    };
    while let Some(offset) = html[pos..].find('<') {
        let at = pos + offset;
        text_ok(&html[pos..at])?;
        let tail = &html[at..];
        let end = tail.find('>').ok_or("a tag is never closed")?;
        let tag = &tail[1..end];
        pos = at + end + 1;
        if tag.starts_with("!DOCTYPE") {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match stack.pop() {
                Some(open) if open == name => continue,
                other => return Err(format!("`</{name}>` closes {other:?} at byte {at}")),
            }
        }
        if tag.matches('"').count() % 2 != 0 {
            return Err(format!("unbalanced quotes in <{tag}>"));
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("bad tag <{tag}>"));
        }
        for (attr, list) in [(" id=\"", &mut found.ids), (" href=\"#", &mut found.hrefs)] {
            if let Some(i) = tag.find(attr) {
                let value = &tag[i + attr.len()..];
                list.push(value[..value.find('"').unwrap()].to_owned());
            }
        }
        if name == "style" {
            let close = html[pos..].find("</style>").ok_or("style never closed")?;
            pos += close + "</style>".len();
            continue;
        }
        if !tag.ends_with('/') && !VOID.contains(&name) {
            stack.push(name);
        }
    }
    text_ok(&html[pos..])?;
    if !stack.is_empty() {
        return Err(format!("never closed: {stack:?}"));
    }
    Ok(found)
}

/// Renders and checks the structure: balanced, unique ids, every in-page link has a target.
fn render_checked(reports: &[FileReport]) -> String {
    let html = render(reports, Lang::En);
    let found = structure(&html).unwrap_or_else(|e| panic!("{e}\n{html}"));
    let mut seen = HashSet::new();
    for id in &found.ids {
        assert!(seen.insert(id.as_str()), "duplicate id {id}");
    }
    for href in &found.hrefs {
        assert!(seen.contains(href.as_str()), "link to a missing id #{href}");
    }
    assert!(!html.contains("<script"), "no script in the report");
    html
}

/// One line's content with marks as `[x` … `]` (x = e/w/i), then its badges as ` #n`.
fn line_sketch(html: &str, id: &str) -> String {
    let start = html.find(&format!("id=\"{id}\"")).expect("line");
    let from = start + html[start..].find("<span class=\"lc\">").unwrap() + 17;
    let to = from + html[from..].find("\n</span>").unwrap();
    let badges = regex::Regex::new(r#"<a class="ref[^>]*>(?:<svg.*?</svg>)?(\d+)</a>"#).unwrap();
    let marks = regex::Regex::new(r#"<mark class="(?:marker )?sev-(.)[a-z]*"[^>]*>"#).unwrap();
    let s = badges.replace_all(&html[from..to], "#$1");
    let s = marks.replace_all(&s, "[$1");
    s.replace("</mark>", "]")
        .replace("</span><span class=\"refs\">", " ")
        .replace("</span>", "")
}

#[test]
fn script_in_a_guideline_is_escaped() {
    let source = "guideline \"<script>alert('x')</script> & co\" {\n  rule \"</pre><b>\" { block facebook }\n}\n";
    let html = render_checked(&[check(source)]);
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
    assert!(html.contains("&lt;/pre&gt;&lt;b&gt;"));
    assert!(!html.contains("<b>"));
}

#[test]
fn overlapping_and_nested_spans_are_split_into_nested_marks() {
    let source = "abcdefghij\nklm";
    let findings = vec![
        finding("a", Severity::Warning, Some(Span::new(0, 6)), "A"),
        finding("b", Severity::Error, Some(Span::new(3, 9)), "B"),
        finding("c", Severity::Info, Some(Span::new(4, 5)), "C"),
        finding("d", Severity::Info, Some(Span::new(8, 13)), "D"),
    ];
    let html = render_checked(&[report(source, findings)]);
    assert_eq!(
        line_sketch(&html, "g1-L1"),
        "[wabc[ed[ie]f]][egh[ii]][ij] #1#2#3#4"
    );
    // A span over a line end continues on the next line.
    assert_eq!(line_sketch(&html, "g1-L2"), "[ikl]m");
    // Each finding links to its badge and back.
    for n in 1..=4 {
        assert!(html.contains(&format!("href=\"#g1-f{n}-src\"")));
        assert!(html.contains(&format!("href=\"#g1-f{n}\"")));
    }
}

#[test]
fn identical_spans_nest() {
    let findings = vec![
        finding("a", Severity::Warning, Some(Span::new(0, 3)), "A"),
        finding("b", Severity::Error, Some(Span::new(0, 3)), "B"),
    ];
    let html = render_checked(&[report("abc", findings)]);
    assert_eq!(line_sketch(&html, "g1-L1"), "[w[eabc]] #1#2");
    // The more severe one is inside whatever the order of the list.
    let findings = vec![
        finding("a", Severity::Error, Some(Span::new(0, 3)), "A"),
        finding("b", Severity::Info, Some(Span::new(0, 3)), "B"),
    ];
    let html = render_checked(&[report("abc", findings)]);
    assert_eq!(line_sketch(&html, "g1-L1"), "[i[eabc]] #1#2");
}

#[test]
fn zero_width_span_at_the_end_is_a_visible_marker() {
    for source in [
        "guideline \"x\" {",
        "guideline \"x\" {\n",
        "guideline \"x\" {\r\n",
    ] {
        let r = check(source);
        let error = r
            .findings
            .iter()
            .find(|f| f.rule == "syntax-error")
            .unwrap();
        assert_eq!(error.span.map(|s| s.len()), Some(0), "{source:?}");
        let html = render_checked(&[r]);
        assert!(html.contains("class=\"marker sev-error\""), "{source:?}");
        assert!(html.contains(">end of file</mark>"));
        assert!(html.contains("id=\"g1-f1-src\""));
        assert!(!html.contains('\r'));
        // Invalid: no score.
        assert!(html.contains("aria-label=\"Not scored: the file could not be checked\""));
        assert!(html.contains("<span class=\"n\">—</span>"));
        assert!(html.contains(">Invalid</span>"));
    }
    // After a trailing newline the marker sits on an extra, empty line.
    let html = render_checked(&[check("guideline \"x\" {\n")]);
    assert_eq!(line_sketch(&html, "g1-L2"), "[eend of file] #1");
}

#[test]
fn zero_width_and_line_end_spans_inside_the_text() {
    let findings = vec![
        finding("a", Severity::Info, Some(Span::new(2, 2)), "A"),
        // Only the line end: drawn as a marker at its start.
        finding("b", Severity::Warning, Some(Span::new(3, 4)), "B"),
    ];
    let html = render_checked(&[report("abc\ndef", findings)]);
    assert_eq!(line_sketch(&html, "g1-L1"), "ab[ihere]c[where] #1#2");
}

#[test]
fn spans_off_character_boundaries_or_the_text_do_not_panic() {
    let findings = vec![
        finding("a", Severity::Error, Some(Span::new(1, 3)), "A"),
        finding("b", Severity::Error, Some(Span::new(50, 60)), "B"),
    ];
    render_checked(&[report("äöü", findings)]);
}

#[test]
fn file_level_findings_and_unreadable_files() {
    let unreadable = crate::unreadable(
        "gone.guideline",
        &Reason::Io("No such file <or> directory".to_owned()),
        &Config::default(),
    );
    let mut level = finding("custom/x", Severity::Warning, None, "whole-file concern");
    level.category = RuleCategory::Custom;
    let with_level = report("guideline \"Fine\" {}\n", vec![level]);
    let html = render_checked(&[unreadable, with_level]);
    assert!(html.contains("This file could not be read"));
    assert!(html.contains("No such file &lt;or&gt; directory"));
    assert!(html.contains("Whole file"));
    assert!(html.contains("whole-file concern"));
    // File-level findings have no badge in the source.
    assert!(!html.contains("id=\"g1-f1-src\""));
    assert!(!html.contains("id=\"g2-f1-src\""));
    // The name comes from the source; the path is shown too.
    assert!(html.contains("<h2 id=\"g2-h\">Fine</h2>"));
    assert!(html.contains("<code>hand.guideline</code>"));
    assert!(html.contains("<h2 id=\"g1-h\">gone.guideline</h2>"));
}

#[test]
fn suppressed_findings_are_counted_but_not_highlighted() {
    let source = "guideline \"S\" {\n  owner hr\n  contact \"c\"\n  goal \"g\"\n  channel twitter { purpose service respond within 1h staffed by hr }\n  # guidelint-allow blanket-block: the works council asked for it\n  rule \"A\" { block facebook because \"x\" }\n}\n";
    let r = check(source);
    assert!(r.findings.iter().any(|f| f.is_suppressed()));
    let html = render_checked(&[r]);
    assert!(html.contains("1 finding suppressed with guidelint-allow (not counted)"));
    assert!(html.contains("the works council asked for it"));
    assert!(!html.contains("class=\"finding "));
    assert!(!html.contains("<mark"));
}

#[test]
fn related_locations_link_to_their_line() {
    let mut f = finding("d", Severity::Warning, Some(Span::new(4, 7)), "again");
    f.related.push(Related {
        span: Span::new(0, 3),
        message: "first here".to_owned(),
    });
    let html = render_checked(&[report("abc\ndef", vec![f])]);
    assert!(html.contains("See also <a href=\"#g1-L1\">line 1, column 1</a>: first here"));
}

#[test]
fn document_has_language_headings_landmarks_and_tables() {
    let examples = ["open-en", "mixed-de", "law-and-order-de", "open-de"];
    let reports: Vec<FileReport> = examples
        .iter()
        .map(|name| {
            let path = format!("{}/examples/{name}.guideline", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path).unwrap();
            crate::check_source(
                &format!("examples/{name}.guideline"),
                &source,
                &Config::default(),
            )
        })
        .collect();
    let html = render_checked(&reports);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for needle in [
        "<main>",
        "<header class=\"page\">",
        "<footer class=\"page\">",
        "<h1>",
        "<h2 id=\"summary-h\">Summary</h2>",
        "<th scope=\"col\">",
        "<th scope=\"row\">",
        "role=\"img\" aria-label=\"Score 80 out of 100\"",
        "<details class=\"evidence\">",
        "Clearswift",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    // No external resources.
    for needle in [
        "src=\"http",
        "href=\"http",
        "@import",
        "url(",
        "<link",
        "<script",
    ] {
        assert!(!html.contains(needle), "found {needle}");
    }
    // Every unsuppressed finding's message appears.
    for r in &reports {
        for f in r.findings.iter().filter(|f| !f.is_suppressed()) {
            assert!(html.contains(&inline_code(&f.message)), "{}", f.message);
        }
    }
}

#[test]
fn guideline_names() {
    assert_eq!(guideline_name("guideline \"A\" {}"), Some("A".to_owned()));
    assert_eq!(
        guideline_name("\u{feff}# c\n  # d\nGUIDELINE\n\"Say \\\"hi\\\"\" {"),
        Some("Say \"hi\"".to_owned())
    );
    assert_eq!(guideline_name("guidelines \"A\""), None);
    assert_eq!(guideline_name("rule \"A\""), None);
    assert_eq!(guideline_name("guideline \"unterminated"), None);
    assert_eq!(guideline_name(""), None);
}

#[test]
fn inline_code_and_escaping() {
    assert_eq!(
        inline_code("use `a<b>` here"),
        "use <code>a&lt;b&gt;</code> here"
    );
    assert_eq!(inline_code("odd ` tick"), "odd ` tick");
    assert_eq!(esc("\"'&"), "&quot;&#39;&amp;");
}

#[test]
fn an_empty_run_is_still_a_document() {
    let html = render_checked(&[]);
    assert!(html.contains("0 guidelines"));
}

#[test]
fn a_rule_is_explained_once_per_file() {
    let source =
        "guideline \"R\" {\n  rule \"A\" { block facebook }\n  rule \"B\" { block youtube }\n}\n";
    let r = check(source);
    let blocks: Vec<usize> = r
        .findings
        .iter()
        .filter(|f| !f.is_suppressed())
        .enumerate()
        .filter(|(_, f)| f.rule == "blanket-block")
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(blocks.len(), 2);
    let html = render_checked(&[r]);
    assert_eq!(html.matches("WorkLifeWeb 2011").count(), 1);
    // The articles it cites are named once, below it.
    assert_eq!(
        html.matches("<li>seed 000: the German blog post").count(),
        1
    );
    assert!(html.contains(&format!(
        "Why this matters: the evidence — <a href=\"#g1-f{}\">see finding {} above</a>",
        blocks[0], blocks[0]
    )));
}

#[test]
fn the_report_speaks_german() {
    let src = "guideline \"Entwurf\" {\n  rule \"Sperre\" { block facebook }\n}\n";
    let config = crate::Config {
        lang: Lang::De,
        ..crate::Config::default()
    };
    let report = crate::check_source("entwurf.guideline", src, &config);
    let mut out = Vec::new();
    write(&[report], Lang::De, &mut out).unwrap();
    let html = String::from_utf8(out).unwrap();
    assert!(html.contains("lang=\"de\""));
    assert!(html.contains("Zusammenfassung"));
    assert!(html.contains("Punktzahl"));
    assert!(!html.contains(">Summary<"));
}

#[test]
fn narrow_screen_rules_are_for_screens_only() {
    // A printed page is about as narrow as a phone: a rule for narrow widths that left out the
    // media type hid the table's Errors, Warnings and Infos columns on paper.
    let queries: Vec<&str> = CSS
        .match_indices("@media")
        .map(|(i, _)| CSS[i..].split('{').next().unwrap().trim())
        .collect();
    assert!(queries.contains(&"@media print"), "{queries:?}");
    for query in queries.iter().filter(|q| q.contains("width")) {
        assert!(query.starts_with("@media screen and "), "{query}");
    }
    assert!(queries.iter().any(|q| q.contains("max-width")));
}

/// Whether `c` may stand raw in the report: no control character but tab and line feed, no
/// noncharacter (HTML5 parse errors; NUL would become `�` and a lone CR a line break).
fn allowed_in_html(c: char) -> bool {
    let n = u32::from(c);
    !(c.is_control() && c != '\t' && c != '\n'
        || (0xfdd0..=0xfdef).contains(&n)
        || n & 0xfffe == 0xfffe)
}

#[test]
fn control_characters_are_drawn_as_pictures_everywhere() {
    // Every C0 control character, DEL, C1 controls and a noncharacter: in the guideline's name
    // (heading, table, title), a rule name quoted in messages, a comment, and a file name.
    let mut all: String = ('\0'..='\u{1f}').collect();
    all.push_str("\u{7f}\u{80}\u{9b}\u{9f}\u{fffe}\u{10ffff}");
    let source = format!(
        "guideline \"C\u{1b}[31mred\u{0}\" {{\n  owner hr\n  # \u{7}bell {all}\n  \
         rule \"R\u{8}\" {{ block facebook }}\n  rule \"R\u{8}\" {{ block youtube }}\n}}\n"
    );
    let mut r = check(&source);
    r.path = "dir/\u{1b}]8;;x\u{7}\u{9b}name.guideline".to_owned();
    let mut hand = finding(
        "custom/\u{0}x",
        Severity::Warning,
        Some(Span::new(0, 5)),
        "message \u{1b}[2J with `code \u{7}`",
    );
    hand.category = RuleCategory::Custom;
    hand.label = "label \u{85}".into();
    hand.help = Some("help \u{7f}".into());
    let mut suppressed = finding("s", Severity::Info, Some(Span::new(0, 1)), "quiet \u{0}");
    suppressed.suppressed = Some(crate::finding::Suppression {
        reason: Some("because \u{1b}".to_owned()),
    });
    let handmade = report("a\u{0}b\tc\r\nd\re\u{1b}f\u{85}\n", vec![hand, suppressed]);
    let html = render_checked(&[r, handmade]);
    let bad: Vec<char> = html.chars().filter(|&c| !allowed_in_html(c)).collect();
    assert!(bad.is_empty(), "raw characters {bad:?}");

    // The pictures: U+2400 + code for C0, U+2421 for DEL, `�` for C1 and noncharacters.
    assert!(html.contains("<h2 id=\"g1-h\">C\u{241b}[31mred\u{2400}</h2>"));
    assert!(html.contains("<title>"));
    assert!(html.contains(">C\u{241b}[31mred\u{2400}</a>"), "table row");
    assert!(
        html.contains("# \u{2407}bell \u{2400}\u{2401}"),
        "source listing"
    );
    assert!(html.contains("\u{241f}\u{2421}\u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}</span>"));
    assert!(html.contains("dir/\u{241b}]8;;x\u{2407}\u{fffd}name.guideline"));
    // A rule name with a backspace, quoted by duplicate-rule (message and title attribute).
    assert!(html.contains("R\u{2408}"));
    assert!(html.contains("title=\"Finding "));
    assert!(html.contains("custom/\u{2400}x"));
    assert!(html.contains("message \u{241b}[2J with <code>code \u{2407}</code>"));
    assert!(html.contains("label \u{2424}"), "NEL");
    assert!(html.contains("help \u{2421}"));
    assert!(html.contains("quiet \u{2400}"));
    assert!(html.contains("because \u{241b}"));
    // Tabs and CR LF line ends stay as they are in the source listing; a lone CR is drawn.
    assert_eq!(
        line_sketch(&html, "g2-L1"),
        "[wa\u{2400}b\tc] #1",
        "the CR of CR LF is not drawn"
    );
    assert_eq!(line_sketch(&html, "g2-L2"), "d\u{240d}e\u{241b}f\u{2424}");
}

/// A file name is one line: a line feed, a tab or a CR in it is drawn as its picture, in the
/// table of guidelines and the section's path, with or without a guideline name (audit 13: a
/// line feed was written as it is, and a browser showed it as a space).
#[test]
fn line_breaks_and_tabs_in_file_names_are_pictures() {
    let mut named = check("guideline \"G\" {\n  owner hr\n}\n");
    named.path = "dir/nl\nx\ty\r\nz.guideline".to_owned();
    let mut unnamed = check("# no guideline here\n");
    unnamed.path = "dir/two\nlines.guideline".to_owned();
    let html = render_checked(&[named, unnamed]);
    let path = "dir/nl\u{240a}x\u{2409}y\u{240d}\u{240a}z.guideline";
    assert!(
        html.contains(&format!("<br><code class=\"path\">{path}</code>")),
        "table of guidelines"
    );
    assert!(
        html.contains(&format!("</span><code>{path}</code></p>")),
        "the section's path"
    );
    let path = "dir/two\u{240a}lines.guideline";
    assert!(html.contains(&format!(">{path}</a>")), "name in the table");
    assert!(html.contains(&format!(">{path}</h2>")), "heading");
    assert!(!html.contains("nl\nx") && !html.contains("two\nlines"));
}

#[test]
fn text_escaping_keeps_white_space_and_pictures_controls() {
    assert_eq!(esc("a\tb\nc\r\nd\re"), "a\tb\nc\nd\u{240d}e");
    assert_eq!(
        esc_path("a\tb\nc\r\nd\re<"),
        "a\u{2409}b\u{240a}c\u{240d}\u{240a}d\u{240d}e&lt;"
    );
    assert_eq!(esc_path("plain/ä.guideline"), "plain/ä.guideline");
    // NEL has no control picture: it is drawn as the symbol for a newline.
    assert_eq!(esc("a\u{85}b"), "a\u{2424}b");
    assert_eq!(esc_path("a\u{85}b"), "a\u{2424}b");
    assert_eq!(
        esc("\u{0}\u{1b}\u{7f}\u{80}\u{9f}"),
        "\u{2400}\u{241b}\u{2421}\u{fffd}\u{fffd}"
    );
    assert_eq!(
        esc("\u{fdd0}\u{fffe}\u{1ffff}\u{a0}ä"),
        "\u{fffd}\u{fffd}\u{fffd}\u{a0}ä"
    );
    let mut h = Html::default();
    h.code_text("\t\u{0}\r<\u{85}\u{84}");
    assert_eq!(h.0, "\t\u{2400}\u{240d}&lt;\u{2424}\u{fffd}");
    for c in [
        '\0',
        '\u{1f}',
        '\u{7f}',
        '\u{80}',
        '\u{9f}',
        '\u{fffe}',
        '\u{10ffff}',
    ] {
        assert!(allowed_in_html(visible(c)), "{c:?}");
    }
}
