//! Grammar coverage: every construct of SPEC §1–2 and every syntax error message kind.

use super::ast::*;
use super::{Expected, Found, Scope, SyntaxError, SyntaxErrorKind, TermKind};
use crate::span::Span;

/// Every input of these tests goes through both parsers, which must agree (see `fast.rs`).
fn parse(src: &str) -> Result<Guideline<'_>, SyntaxError> {
    if let Some(difference) = super::parsers_disagree(src) {
        panic!("the parsers disagree on {src:?}: {difference}");
    }
    super::parse(src)
}

fn ok(src: &str) -> Guideline<'_> {
    match parse(src) {
        Ok(tree) => tree,
        Err(e) => panic!("{src:?} should parse: {e:?}"),
    }
}

fn err(src: &str) -> super::SyntaxError {
    parse(src).expect_err("should not parse")
}

fn statements<'t>(tree: &'t Guideline<'_>) -> Vec<&'t Statement<'t>> {
    tree.items
        .iter()
        .filter_map(|i| match i {
            Item::Rule(r) => Some(r),
            _ => None,
        })
        .flat_map(|r| tree.rule_items_of(r))
        .filter_map(|i| match i {
            RuleItem::Statement(s) => Some(s),
            _ => None,
        })
        .collect()
}

fn wrap(statement: &str) -> String {
    format!("guideline \"g\" {{ rule \"r\" {{ {statement} }} }}")
}

#[test]
fn minimal_file() {
    let tree = ok("guideline \"g\" {}");
    assert_eq!(tree.name.value, "g");
    assert!(tree.items.is_empty());
}

#[test]
fn comments_anywhere() {
    let src = "# head\nguideline # a\n\"g\" # b\n{ # c\n owner # d\n hr # e\n , # f\n sales # g\n rule \"r\" { allow # h\n employees to access # i\n facebook } # j\n} # tail";
    let tree = ok(src);
    assert_eq!(tree.items.len(), 2);
}

#[test]
fn strings_span_lines_and_decode_escapes() {
    let tree = ok("guideline \"a\n\\\"b\\\" \\\\ \\n\\t ä # not a comment\" {}");
    assert_eq!(tree.name.value, "a\n\"b\" \\ \n\t ä # not a comment");
}

#[test]
fn keywords_are_case_insensitive() {
    let tree = ok("GUIDELINE \"g\" { Rule \"r\" { ALLOW Employees TO Access Facebook } }");
    assert_eq!(statements(&tree)[0].modality, Modality::Allow);
}

#[test]
fn keywords_end_at_word_boundaries() {
    // `forums`, `online`, `on-call`, `tobacco` are terms, not keywords.
    let src = wrap("allow online, on-call to access forums");
    let tree = ok(&src);
    let StatementBody::Permission { who, objects, .. } = &statements(&tree)[0].body else {
        panic!()
    };
    let words: Vec<&str> = tree.terms_of(&who.terms).iter().map(|t| t.text).collect();
    assert_eq!(words, ["online", "on-call"]);
    assert_eq!(tree.terms_of(objects.as_ref().unwrap())[0].text, "forums");
    // `within` is not `with`.
    let e = err(&wrap("allow employees to post within approval by pr"));
    assert!(
        matches!(&e.kind, SyntaxErrorKind::Expected { found: Found::Token(t), .. } if t == "within")
    );
}

#[test]
fn term_lists() {
    for (list, n) in [
        ("a", 1),
        ("a, b", 2),
        ("a, b, c", 3),
        ("a and b", 2),
        ("a, b and c", 3),
        ("a, b, and c", 3),
    ] {
        let src = format!("guideline \"g\" {{ owner {list} }}");
        let tree = ok(&src);
        let Item::Owner(c) = &tree.items[0] else {
            panic!()
        };
        assert_eq!(tree.terms_of(&c.terms).len(), n, "{list}");
    }
    err("guideline \"g\" { owner a, }");
    err("guideline \"g\" { owner a and }");
    err("guideline \"g\" { owner a and b and c }");
}

#[test]
fn durations() {
    // A duration too large to count is a very long time (SPEC §1 takes any integer): both
    // parsers read it, the count stopped at the largest value.
    for (d, minutes) in [
        ("30min", 30),
        ("4h", 240),
        ("2d", 2880),
        ("99999999999999999999d", u64::MAX),
        ("99999999999999999999999d", u64::MAX),
        ("18446744073709551615min", u64::MAX),
        ("12811498545901494271d", u64::MAX),
    ] {
        let src = format!("guideline \"g\" {{ channel x {{ respond within {d} }} }}");
        let tree = ok(&src);
        let Item::Channel(c) = &tree.items[0] else {
            panic!()
        };
        let ChannelItem::Respond(r) = &tree.channel_items_of(c)[0] else {
            panic!()
        };
        assert_eq!(r.within.minutes, minutes, "{d}");
        assert_eq!(&src[r.within.span.range()], d);
    }
    for bad in ["4hours", "4 h", "4H", "h4", "4"] {
        let e = err(&format!(
            "guideline \"g\" {{ channel x {{ respond within {bad} }} }}"
        ));
        assert!(
            matches!(&e.kind, SyntaxErrorKind::Expected { expected, .. } if expected.contains(&Expected::Duration)),
            "{bad}: {e:?}"
        );
    }
}

#[test]
fn one_line_and_multi_line_blocks() {
    let one = ok("guideline \"g\" { channel twitter \"@h\" { purpose service respond within 1h staffed by sales replies on } rule \"r\" { allow employees to access facebook because \"x\" consequence reminder } }");
    let multi = ok("guideline \"g\" {\n  channel twitter \"@h\" {\n    purpose service\n    respond within 1h\n    staffed by sales\n    replies on\n  }\n  rule \"r\" {\n    allow employees to access facebook\n    because \"x\"\n    consequence reminder\n  }\n}\n");
    assert_eq!(one.items.len(), multi.items.len());
}

#[test]
fn headers_and_spans() {
    let src = "guideline \"G\" { channel twitter \"@h\" { } channel xing { replies off } \
               rule \"R\" { block x } rule \"S\" { monitor y because \"z\" } }";
    let tree = ok(src);
    assert_eq!(&src[tree.header.range()], "guideline \"G\"");
    let Item::Channel(c) = &tree.items[0] else {
        panic!()
    };
    assert_eq!(&src[c.header.range()], "channel twitter \"@h\"");
    assert!(tree.channel_items_of(c).is_empty());
    let Item::Channel(c) = &tree.items[1] else {
        panic!()
    };
    assert_eq!(&src[c.header.range()], "channel xing");
    let [ChannelItem::Replies(replies)] = tree.channel_items_of(c) else {
        panic!()
    };
    assert_eq!(&src[replies.span.range()], "replies off");
    let Item::Rule(r) = &tree.items[2] else {
        panic!()
    };
    assert_eq!(&src[r.header.range()], "rule \"R\"");
    let [block] = tree.rule_items_of(r) else {
        panic!()
    };
    assert_eq!(&src[block.span().range()], "block x");
    // Each block's items are its own, in the file's one list of rule items.
    let Item::Rule(r) = &tree.items[3] else {
        panic!()
    };
    let spans: Vec<&str> = tree
        .rule_items_of(r)
        .iter()
        .map(|i| &src[i.span().range()])
        .collect();
    assert_eq!(spans, ["monitor y", "because \"z\""]);
    assert_eq!(tree.rule_items.len(), 3);
    assert_eq!(super::parsers_disagree(src), None);
}

#[test]
fn all_statement_forms() {
    for (text, modality) in [
        (
            "allow employees to access any-platform during work-hours",
            Modality::Allow,
        ),
        ("allow only pr to speak-for-company", Modality::AllowOnly),
        (
            "encourage employees to share job-offers on linkedin and xing",
            Modality::Encourage,
        ),
        (
            "require employees to disclose affiliation",
            Modality::Require,
        ),
        (
            "forbid everyone to disclose trade-secrets, customer-data",
            Modality::Forbid,
        ),
        (
            "forbid employees to post about company-topics without approval by pr",
            Modality::Forbid,
        ),
        (
            "allow employees to comment on linkedin with approval by managers",
            Modality::Allow,
        ),
        (
            "block facebook, youtube for everyone except marketing using company-network",
            Modality::Block,
        ),
        ("block tiktok", Modality::Block),
        ("monitor brand-mentions on any-platform", Modality::Monitor),
    ] {
        let src = wrap(text);
        let tree = ok(&src);
        let s = statements(&tree)[0];
        assert_eq!(s.modality, modality, "{text}");
        assert_eq!(&src[s.span.range()], text);
    }
}

#[test]
fn qualifiers_in_any_order() {
    let src = wrap(
        "forbid employees to post using company-devices during work-hours about opinions on facebook without approval by pr",
    );
    let tree = ok(&src);
    let q = &statements(&tree)[0].qualifiers;
    assert!(q.on.is_some() && q.about.is_some() && q.during.is_some() && q.using.is_some());
    assert!(!q.approval.as_ref().unwrap().with);
}

#[test]
fn a_repeated_qualifier_is_named() {
    let src = wrap("allow employees to access facebook during breaks during free-time");
    let e = err(&src);
    assert_eq!(
        e.kind,
        SyntaxErrorKind::Repeated {
            clause: "during",
            scope: Scope::Statement
        }
    );
    assert_eq!(&src[e.span.range()], "during");
    assert_eq!(e.span.start, src.rfind("during").unwrap());
    // A second approval qualifier: both named as written, at the second.
    for (first, second) in [
        ("with", "without"),
        ("without", "with"),
        ("with", "with"),
        ("WITHOUT", "without"),
    ] {
        let src = wrap(&format!(
            "forbid employees to post {first} approval by pr {second} approval by hr"
        ));
        let e = err(&src);
        let written = |kw: &str| format!("{} approval", kw.to_lowercase());
        assert!(
            matches!(e.kind, SyntaxErrorKind::SecondApproval { first: f, second: s }
                if f == written(first) && s == written(second)),
            "{src}: {e:?}"
        );
        assert_eq!(e.span.start, src.rfind(second).unwrap(), "{src}");
    }
}

#[test]
fn clauses_that_may_appear_once() {
    let src = "guideline \"g\" { version \"1\" owner hr version \"2\" }";
    let e = err(src);
    assert_eq!(e.span.start, src.rfind("version").unwrap());
    assert!(matches!(
        e.kind,
        SyntaxErrorKind::Repeated {
            clause: "version",
            scope: Scope::Guideline
        }
    ));
    for (body, clause) in [
        ("respond within 1h respond within 2h", "respond within"),
        ("staffed by hr staffed by it", "staffed by"),
        ("replies on replies off", "replies"),
    ] {
        let e = err(&format!("guideline \"g\" {{ channel x {{ {body} }} }}"));
        assert!(
            matches!(e.kind, SyntaxErrorKind::Repeated { clause: c, scope: Scope::Channel } if c == clause)
        );
    }
    for (body, clause) in [
        ("because \"a\" because \"b\"", "because"),
        ("consequence reminder consequence warning", "consequence"),
    ] {
        let e = err(&wrap(body));
        assert!(
            matches!(e.kind, SyntaxErrorKind::Repeated { clause: c, scope: Scope::RuleBlock } if c == clause)
        );
    }
    // May repeat and accumulate.
    ok("guideline \"g\" { owner hr owner it audience employees audience interns contact \"a\" contact \"b\" goal \"a\" goal \"b\" channel x { purpose service purpose dialogue } }");
}

#[test]
fn the_first_problem_is_reported() {
    let src =
        "guideline \"g\" { version \"1\" version \"2\" rule \"r\" { allow a to b on c on d } }";
    let e = err(src);
    assert_eq!(e.span.start, src.find("version \"2\"").unwrap());
}

#[test]
fn allow_only_has_no_except() {
    let src = wrap("allow only pr except interns to speak-for-company");
    let e = err(&src);
    assert_eq!(&src[e.span.range()], "except");
    // The error carries the user's statement without its except list, on one line.
    let rewrite = |statement: &str| match err(&wrap(statement)).kind {
        SyntaxErrorKind::ExceptAfterAllowOnly { rewrite } => rewrite.map(|r| (r.statement, r.who)),
        other => panic!("{statement}: {other:?}"),
    };
    let pair = |s: &str, w: &str| Some((s.to_owned(), w.to_owned()));
    assert_eq!(
        rewrite("allow only pr except interns to speak-for-company"),
        pair("allow only pr to speak-for-company", "pr")
    );
    assert_eq!(
        rewrite("allow only marketing except interns to post"),
        pair("allow only marketing to post", "marketing")
    );
    assert_eq!(
        rewrite("Allow Only marketing,\n   sales except interns and managers\n  to post photos on facebook during breaks"),
        pair(
            "Allow Only marketing, sales to post photos on facebook during breaks",
            "marketing, sales"
        )
    );
    // A comment inside, or a statement too long for a help: no rewrite.
    assert_eq!(
        rewrite("allow only pr # who\n except interns to post"),
        None
    );
    let long = format!(
        "allow only pr except interns to post {}",
        "photos, ".repeat(20) + "opinions"
    );
    assert_eq!(rewrite(&long), None);
}

#[test]
fn byte_order_mark_and_crlf() {
    ok("\u{feff}guideline \"g\" {\r\n  owner hr\r\n}\r\n");
    let src = "\u{feff}guideline \"g\" {\r\n  rule \"r\" {\r\n    block x\r\n  }\r\n}\r\n";
    let tree = ok(src);
    assert_eq!(tree.span.start, 3);
}

#[test]
fn error_positions() {
    // End of file: zero-width at the end.
    let src = "guideline \"g\" {\n  owner hr\n";
    let e = err(src);
    assert_eq!((e.span.start, e.span.end), (src.len(), src.len()));
    // A non-token character: exactly one character.
    let src = "guideline \"g\" { € }";
    let e = err(src);
    assert_eq!(&src[e.span.range()], "€");
    // Content after the guideline.
    let e = err("guideline \"g\" {} guideline \"h\" {}");
    assert!(
        matches!(&e.kind, SyntaxErrorKind::Expected { expected, .. } if expected == &[Expected::EndOfFile])
    );
    // An empty file.
    let e = err("");
    assert_eq!((e.span.start, e.span.end), (0, 0));
}

#[test]
fn string_problems() {
    // At the end of the file, with the opening quote of the string still open.
    let src = "guideline \"g\" { goal \"open }";
    let e = err(src);
    let open = src.rfind('"').unwrap();
    assert_eq!(
        e.kind,
        SyntaxErrorKind::UnclosedString {
            opening: Some(Span::new(open, open + 1))
        }
    );
    assert_eq!(e.span, Span::new(src.len(), src.len()));
    let src = "guideline \"abc {\n owner hr\n}\n";
    assert_eq!(
        err(src).kind,
        SyntaxErrorKind::UnclosedString {
            opening: Some(Span::new(10, 11))
        }
    );
    let src = "guideline \"g\" { goal \"bad \\q\" }";
    let e = err(src);
    // One character, the backslash (SPEC §11.7); the escape is named in the kind.
    assert_eq!(&src[e.span.range()], "\\");
    assert_eq!(
        e.kind,
        SyntaxErrorKind::InvalidEscape {
            escape: "\\q".to_owned()
        }
    );
}

#[test]
fn a_large_file_parses() {
    let mut src = String::from("guideline \"big\" {\n");
    let mut i = 0;
    while src.len() < 1_100_000 {
        src.push_str(&format!(
            "  rule \"Regel {i}\" {{\n    forbid employees to disclose trade-secrets on facebook during work-hours\n    because \"Grund {i}: Betriebsgeheimnisse schützen\"\n  }}\n"
        ));
        i += 1;
    }
    src.push_str("}\n");
    let tree = ok(&src);
    assert_eq!(tree.items.len(), i);
}

/// The silent `keyword` rule in the grammar lists the keywords by first letter; it must reject
/// exactly the keywords of SPEC §1 as terms, in any case, and nothing that merely starts or ends
/// with one.
#[test]
fn every_keyword_and_only_keywords_are_reserved() {
    const KEYWORDS: &[&str] = &[
        "guideline",
        "version",
        "owner",
        "audience",
        "contact",
        "goal",
        "channel",
        "purpose",
        "respond",
        "within",
        "staffed",
        "by",
        "replies",
        "on",
        "off",
        "rule",
        "because",
        "consequence",
        "allow",
        "only",
        "encourage",
        "require",
        "forbid",
        "block",
        "monitor",
        "to",
        "for",
        "except",
        "about",
        "during",
        "using",
        "with",
        "without",
        "approval",
        "and",
    ];
    // The fast parser's list is the same (and every word below goes through both parsers).
    let mut ours = KEYWORDS.to_vec();
    ours.sort_unstable();
    assert_eq!(ours, super::fast::KEYWORDS);
    for k in KEYWORDS {
        for written in [k.to_string(), k.to_uppercase()] {
            assert!(
                parse(&wrap(&format!("monitor {written}"))).is_err(),
                "{written}"
            );
        }
        let words = format!("{k}x, x{k}, {k}-y, {k}2, {k}ä");
        let src = wrap(&format!("monitor {words}"));
        let tree = ok(&src);
        let StatementBody::Monitor { targets } = &statements(&tree)[0].body else {
            panic!()
        };
        assert_eq!(targets.terms.len(), 5, "{words}");
    }
    // Prefixes of keywords are terms too.
    for word in [
        "o", "wit", "withi", "withou", "fo", "forbi", "a", "b", "t", "gui",
    ] {
        ok(&wrap(&format!("monitor {word}")));
    }
}

/// The call limit is one setting for the whole process, so the test that trips it runs in a
/// child process: this test runs itself again with `GUIDELINT_CALL_LIMIT_CHILD` set, and the
/// child lowers the limit and parses. Only pest has a call limit, and pest only reads files the
/// fast path gives up on, so the file has a syntax error at its very end.
#[test]
fn the_call_limit_becomes_a_too_complex_finding() {
    if std::env::var_os("GUIDELINT_CALL_LIMIT_CHILD").is_some() {
        super::override_call_limit(std::num::NonZeroUsize::new(200));
        let source = wrap("allow employees to access facebook, twitter, xing and linkedin") + " }";
        let e = err(&source);
        assert_eq!(e.kind, SyntaxErrorKind::TooComplex, "{e:?}");
        assert!(e.span.end <= source.len() && e.span.start <= e.span.end);
        let report = crate::check_source("x.guideline", &source, &crate::Config::default());
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].rule, "syntax-error");
        assert_eq!(
            report.findings[0].message,
            "the file is too complex to read"
        );
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "syntax::tests::the_call_limit_becomes_a_too_complex_finding",
            "--test-threads=1",
        ])
        .env("GUIDELINT_CALL_LIMIT_CHILD", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The child really ran the test (and did not filter it away).
    assert!(stdout.contains("1 passed"), "{stdout}");
}

/// With the real budget, a large valid file parses (the budget is per byte of input).
#[test]
fn a_large_valid_file_stays_within_the_call_budget() {
    let mut source = String::from("guideline \"big\" {\n  owner hr, sales\n");
    for i in 0..2000 {
        source.push_str(&format!(
            "  rule \"r{i}\" {{ forbid employees, a, b, c and d to post about x, y and z on facebook during work-hours using company-network without approval by pr because \"why {i}\" consequence warning }}\n"
        ));
    }
    source.push_str("}\n");
    ok(&source);
}

/// A line break inside a string is a line feed whether the file ends its lines with LF or CR LF
/// (SPEC §1); a lone CR stays, and an escaped `\n` after one is no CR LF. Both parsers agree.
#[test]
fn line_breaks_in_strings_are_line_feeds() {
    let name = |src: &str| -> String {
        let tree = ok(src);
        let Item::Rule(r) = &tree.items[0] else {
            panic!()
        };
        r.name.value.to_string()
    };
    for (src, value) in [
        (
            "guideline \"g\" {\r\n  rule \"a\r\nb\" { }\r\n}\r\n",
            "a\nb",
        ),
        ("guideline \"g\" {\n  rule \"a\nb\" { }\n}\n", "a\nb"),
        (
            "guideline \"g\" { rule \"a\\\"\r\n\\\\b\r\n\" { } }",
            "a\"\n\\b\n",
        ),
        ("guideline \"g\" { rule \"a\r\\nb\" { } }", "a\r\nb"),
        ("guideline \"g\" { rule \"a\rb\" { } }", "a\rb"),
    ] {
        assert_eq!(name(src), value, "{src:?}");
        assert_eq!(super::parsers_disagree(src), None, "{src:?}");
    }
}

/// Where a term is expected, the error says which kind, from the keyword before the list.
#[test]
fn an_expected_term_has_the_kind_of_its_place() {
    for (statement, kind) in [
        ("consequence", TermKind::Consequence),
        ("monitor", TermKind::MonitorTarget),
        ("allow employees to", TermKind::Action),
        ("allow employees to post during breaks,", TermKind::Time),
        ("block", TermKind::Platform),
        ("block x for", TermKind::Audience),
    ] {
        let e = err(&wrap(statement));
        assert!(
            matches!(&e.kind, SyntaxErrorKind::Expected { expected, .. } if expected.contains(&Expected::Term(kind))),
            "{statement}: {e:?}"
        );
    }
    let e = err("guideline \"g\" { channel x { purpose } }");
    assert!(
        matches!(&e.kind, SyntaxErrorKind::Expected { expected, .. } if expected == &[Expected::Term(TermKind::Purpose)]),
        "{e:?}"
    );
}
