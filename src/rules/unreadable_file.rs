//! `unreadable-file`: a file that cannot be read, is not UTF-8, or is too large. File-level.

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct UnreadableFile;

static META: Meta = Meta {
    name: "unreadable-file",
    category: RuleCategory::Correctness,
    default_severity: Severity::Error,
};

impl Rule for UnreadableFile {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    fn checks_model(&self) -> bool {
        false
    }
}

static EN: Doc = Doc {
    summary: "A file that cannot be read as a guideline",
    explanation: "\
guidelint reads guideline files as UTF-8 text. A file that cannot be opened (missing permission, a \
socket, or a pipe or device found in a directory instead of a file), that is not UTF-8 (for example a file saved as Windows-1252 or as \
UTF-16, which some editors call \"Unicode\", or a Word document renamed to .guideline), or that is larger than the size limit (10 MiB unless \
`max-file-size` in .guidelint.yaml says otherwise) is reported with this finding. The rest of the \
run goes on; the file gets no score and the verdict `invalid`.",
    bad: "(a guideline saved in the Windows-1252 encoding, or a renamed .docx file)",
    good: "(the same guideline saved as UTF-8 text: in most editors \"Save as\" → \"UTF-8\")",
};

static DE: Doc = Doc {
    summary: "Eine Datei, die sich nicht als Richtlinie lesen lässt",
    explanation: "\
guidelint liest Richtliniendateien als UTF-8-Text. Eine Datei, die sich nicht öffnen lässt \
(fehlende Berechtigung, ein Socket, oder ein Gerät oder eine Pipe, die in einem Ordner statt einer \
Datei gefunden wurden), die kein UTF-8 ist (zum \
Beispiel eine als Windows-1252 oder als UTF-16 gespeicherte Datei, das manche Editoren „Unicode“ \
nennen, oder ein in .guideline umbenanntes Word-Dokument) oder die größer als die Grenze ist (10 MiB, sofern `max-file-size` in \
`.guidelint.yaml` nichts anderes sagt), wird mit dieser Meldung gemeldet. Die übrige Prüfung läuft \
weiter; die Datei erhält keine Punktzahl und das Urteil „ungültig“.",
    bad: "(eine Richtlinie in der Kodierung Windows-1252 oder eine umbenannte .docx-Datei)",
    good: "(dieselbe Richtlinie als UTF-8-Text gespeichert: in den meisten Editoren „Speichern unter“ → „UTF-8“)",
};

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The file does not exist (also: a link that points nowhere).
    Missing,
    /// The operating system does not let guidelint read it.
    Forbidden,
    /// A part of the path is a file, not a folder (`draft.guideline/`).
    InsideAFile,
    /// The operating system refused otherwise; the text is its message, without its code.
    Io(String),
    /// Not UTF-8: where the first invalid byte is, as a line and a column (1-based, counted as
    /// every position is, SPEC §9), for readers who do not count bytes.
    NotUtf8 { line: usize, column: usize },
    /// Not UTF-8 but UTF-16: the file starts with a UTF-16 byte-order mark, `FE FF`
    /// (big-endian) or `FF FE` (little-endian, what Windows editors save as "Unicode" and
    /// Windows PowerShell writes with `>`). Its line and column would always be 1 and 1.
    Utf16 { big_endian: bool },
    /// Larger than the limit: `size` is the file's size, `None` where it is not known (standard
    /// input, or a file that grew while it was read, is read only to one byte past the limit).
    TooLarge { size: Option<u64>, limit: u64 },
    /// Not a regular file (a directory, FIFO, socket or device).
    NotAFile,
}

impl From<std::io::Error> for Reason {
    /// The common refusals in words; any other one as the system says it, without the
    /// "(os error 5)" that means nothing to a reader.
    fn from(error: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::NotFound => Reason::Missing,
            ErrorKind::PermissionDenied => Reason::Forbidden,
            ErrorKind::NotADirectory => Reason::InsideAFile,
            ErrorKind::IsADirectory => Reason::NotAFile,
            _ => {
                let text = error.to_string();
                Reason::Io(match text.find(" (os error") {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                })
            }
        }
    }
}

impl Reason {
    /// The reason for `bytes`, which are valid UTF-8 up to `valid_up_to` (as
    /// [`std::str::Utf8Error::valid_up_to`] says) and not beyond: [`Reason::Utf16`] after a
    /// UTF-16 byte-order mark, else where the first invalid byte is.
    pub fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Reason {
        match bytes {
            [0xFE, 0xFF, ..] => return Reason::Utf16 { big_endian: true },
            // `FF FE 00 00` is the mark of UTF-32 (little-endian), not UTF-16.
            [0xFF, 0xFE, 0, 0, ..] => {}
            [0xFF, 0xFE, ..] => return Reason::Utf16 { big_endian: false },
            _ => {}
        }
        let valid = bytes
            .get(..valid_up_to)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default();
        let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
        Reason::NotUtf8 {
            line: 1 + valid.matches('\n').count(),
            column: crate::span::column_in_line(valid, line_start, valid.len()),
        }
    }
}

/// The file-level finding.
pub fn finding(reason: &Reason, lang: Lang) -> Finding {
    let (message, help) = match lang {
        Lang::En => match reason {
            Reason::Missing => (
                "this file does not exist".to_owned(),
                "check the name; a link must point at an existing file".to_owned(),
            ),
            Reason::Forbidden => (
                "guidelint is not allowed to read this file".to_owned(),
                "ask whoever manages the computer or repository for permission to read it"
                    .to_owned(),
            ),
            Reason::InsideAFile => (
                "this path goes on past a file, as if it were a folder".to_owned(),
                "name the file itself, without anything after its name (such as a `/`)".to_owned(),
            ),
            Reason::Io(text) => (
                format!("this file cannot be read: {text}"),
                "check that the file exists and that you may read it".to_owned(),
            ),
            Reason::NotUtf8 { line, column } => (
                format!("this file is not UTF-8 text: line {line}, column {column} cannot be read as UTF-8"),
                "save the guideline as UTF-8 text; in most editors: \"Save as\" → encoding \"UTF-8\"".to_owned(),
            ),
            Reason::Utf16 { big_endian } => (
                format!(
                    "this file is UTF-16 text, not UTF-8: it starts with the UTF-16 byte-order mark {}",
                    byte_order_mark(*big_endian)
                ),
                "save the guideline as UTF-8 text; in most editors: \"Save as\" → encoding \"UTF-8\" (not \"UTF-16\" or \"Unicode\")".to_owned(),
            ),
            Reason::TooLarge { size, limit } => (
                match size {
                    Some(size) => {
                        format!("this file has {size} bytes, more than the limit of {limit} bytes")
                    }
                    None => format!("this file has more than the limit of {limit} bytes"),
                },
                "shorten the file, or raise `max-file-size` in `.guidelint.yaml`".to_owned(),
            ),
            Reason::NotAFile => (
                "this is not a regular file".to_owned(),
                "name a guideline file or a directory that contains some".to_owned(),
            ),
        },
        Lang::De => match reason {
            Reason::Missing => (
                "Diese Datei gibt es nicht".to_owned(),
                "Prüfen Sie den Namen; eine Verknüpfung muss auf eine vorhandene Datei zeigen"
                    .to_owned(),
            ),
            Reason::Forbidden => (
                "guidelint darf diese Datei nicht lesen".to_owned(),
                "Bitten Sie die Verantwortlichen für den Rechner oder das Repository um \
                 Leserechte"
                    .to_owned(),
            ),
            Reason::InsideAFile => (
                "Dieser Pfad geht über eine Datei hinaus, als wäre sie ein Ordner".to_owned(),
                "Nennen Sie die Datei selbst, ohne etwas nach ihrem Namen (etwa ein `/`)"
                    .to_owned(),
            ),
            Reason::Io(text) => (
                format!("Diese Datei kann nicht gelesen werden (Meldung des Systems: {text})"),
                "Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen".to_owned(),
            ),
            Reason::NotUtf8 { line, column } => (
                format!("Diese Datei ist kein UTF-8-Text: Zeile {line}, Spalte {column} lässt sich nicht als UTF-8 lesen"),
                "Speichern Sie die Richtlinie als UTF-8-Text; in den meisten Editoren: „Speichern unter“ → Kodierung „UTF-8“".to_owned(),
            ),
            Reason::Utf16 { big_endian } => (
                format!(
                    "Diese Datei ist UTF-16-Text, kein UTF-8: Sie beginnt mit der UTF-16-Bytereihenfolge-Markierung (BOM) {}",
                    byte_order_mark(*big_endian)
                ),
                "Speichern Sie die Richtlinie als UTF-8-Text; in den meisten Editoren: „Speichern unter“ → Kodierung „UTF-8“ (nicht „UTF-16“ oder „Unicode“)".to_owned(),
            ),
            Reason::TooLarge { size, limit } => (
                match size {
                    Some(size) => {
                        format!("Diese Datei hat {size} Bytes und ist damit größer als die erlaubten {limit} Bytes")
                    }
                    None => format!("Diese Datei ist größer als die erlaubten {limit} Bytes"),
                },
                "Kürzen Sie die Datei, oder erhöhen Sie `max-file-size` in `.guidelint.yaml`".to_owned(),
            ),
            Reason::NotAFile => (
                "Dies ist keine gewöhnliche Datei".to_owned(),
                "Nennen Sie eine Richtliniendatei oder einen Ordner, der solche Dateien enthält".to_owned(),
            ),
        },
    };
    new_finding(&UnreadableFile, None, message, "", Some(help.into()))
}

/// The UTF-16 byte-order mark as its two bytes in hexadecimal, as a hex viewer shows them.
fn byte_order_mark(big_endian: bool) -> &'static str {
    if big_endian {
        "FE FF"
    } else {
        "FF FE"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The system's refusals become words, without "(os error N)".
    #[test]
    fn system_errors_in_words() {
        use std::io::{Error, ErrorKind};
        assert!(matches!(
            Reason::from(Error::from(ErrorKind::NotFound)),
            Reason::Missing
        ));
        assert!(matches!(
            Reason::from(Error::from(ErrorKind::PermissionDenied)),
            Reason::Forbidden
        ));
        assert!(matches!(
            Reason::from(Error::from(ErrorKind::NotADirectory)),
            Reason::InsideAFile
        ));
        let Reason::Io(text) = Reason::from(Error::from_raw_os_error(5)) else {
            panic!("an input/output error stays as the system words it");
        };
        assert!(!text.contains("os error"), "{text}");
        for lang in [Lang::En, Lang::De] {
            for reason in [Reason::Missing, Reason::Forbidden, Reason::InsideAFile] {
                let f = finding(&reason, lang);
                assert!(!f.message.contains("os error") && f.help.is_some());
            }
        }
    }

    /// A known size is named; an unknown one (standard input, a file that grew while it was
    /// read) is not guessed: the file has "more than" the limit. Both languages say the same.
    #[test]
    fn too_large_names_the_size_only_when_it_is_known() {
        let known = Reason::TooLarge {
            size: Some(13_200_018),
            limit: 10_485_760,
        };
        let unknown = Reason::TooLarge {
            size: None,
            limit: 10_485_760,
        };
        assert_eq!(
            finding(&known, Lang::En).message,
            "this file has 13200018 bytes, more than the limit of 10485760 bytes"
        );
        assert_eq!(
            finding(&unknown, Lang::En).message,
            "this file has more than the limit of 10485760 bytes"
        );
        assert_eq!(
            finding(&known, Lang::De).message,
            "Diese Datei hat 13200018 Bytes und ist damit größer als die erlaubten 10485760 Bytes"
        );
        assert_eq!(
            finding(&unknown, Lang::De).message,
            "Diese Datei ist größer als die erlaubten 10485760 Bytes"
        );
        // A file holds one guideline, which cannot be split (edit 16, item 31).
        assert_eq!(
            finding(&known, Lang::En).help.as_deref(),
            Some("shorten the file, or raise `max-file-size` in `.guidelint.yaml`")
        );
        assert!(finding(&known, Lang::De)
            .help
            .as_deref()
            .unwrap()
            .starts_with("Kürzen Sie die Datei"));
    }

    /// Where a file stops being UTF-8 is said as a line and a column, not as a byte offset:
    /// columns count characters (not bytes, not a CR, not a byte-order mark).
    #[test]
    fn not_utf8_names_the_line_and_column() {
        let at = |bytes: &[u8]| {
            let valid_up_to = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
            match Reason::not_utf8(bytes, valid_up_to) {
                Reason::NotUtf8 { line, column } => (line, column),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(at(b"guideline \"Caf\xe9\" {}\n"), (1, 15));
        assert_eq!(at(b"\x89PNG"), (1, 1));
        let crlf_bom = ["\u{feff}a\r\nb\r\n  ää".as_bytes(), b"\xff"].concat();
        assert_eq!(at(&crlf_bom), (3, 5));
        let reason = Reason::NotUtf8 { line: 3, column: 5 };
        assert_eq!(
            finding(&reason, Lang::En).message,
            "this file is not UTF-8 text: line 3, column 5 cannot be read as UTF-8"
        );
        assert_eq!(
            finding(&reason, Lang::De).message,
            "Diese Datei ist kein UTF-8-Text: Zeile 3, Spalte 5 lässt sich nicht als UTF-8 lesen"
        );
    }

    /// A file with a UTF-16 byte-order mark is named UTF-16 in both languages, and the help says
    /// to save it as UTF-8; other bytes that are no UTF-8 keep their line and column, also a
    /// UTF-32 mark (which starts as UTF-16's little-endian one) and a mark further in.
    #[test]
    fn utf16_is_named_as_such() {
        let reason = |bytes: &[u8]| {
            let valid_up_to = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
            Reason::not_utf8(bytes, valid_up_to)
        };
        let little = "\u{feff}guideline \"G\" {}\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<u8>>();
        let big = "\u{feff}guideline \"G\" {}\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect::<Vec<u8>>();
        assert_eq!(&little[..2], [0xFF, 0xFE]);
        assert_eq!(reason(&little), Reason::Utf16 { big_endian: false });
        assert_eq!(reason(&big), Reason::Utf16 { big_endian: true });
        assert_eq!(reason(b"\xff\xfe"), Reason::Utf16 { big_endian: false });
        assert_eq!(
            reason(b"\xff\xfe\0\0g\0\0\0"),
            Reason::NotUtf8 { line: 1, column: 1 }
        );
        assert_eq!(
            reason(b"guideline\n\xff\xfe"),
            Reason::NotUtf8 { line: 2, column: 1 }
        );
        assert_eq!(reason(b"\xff"), Reason::NotUtf8 { line: 1, column: 1 });

        let en = finding(&Reason::Utf16 { big_endian: false }, Lang::En);
        assert_eq!(
            en.message,
            "this file is UTF-16 text, not UTF-8: it starts with the UTF-16 byte-order mark FF FE"
        );
        assert_eq!(
            en.help.as_deref(),
            Some("save the guideline as UTF-8 text; in most editors: \"Save as\" → encoding \"UTF-8\" (not \"UTF-16\" or \"Unicode\")")
        );
        let de = finding(&Reason::Utf16 { big_endian: true }, Lang::De);
        assert_eq!(
            de.message,
            "Diese Datei ist UTF-16-Text, kein UTF-8: Sie beginnt mit der UTF-16-Bytereihenfolge-Markierung (BOM) FE FF"
        );
        assert_eq!(
            de.help.as_deref(),
            Some("Speichern Sie die Richtlinie als UTF-8-Text; in den meisten Editoren: „Speichern unter“ → Kodierung „UTF-8“ (nicht „UTF-16“ oder „Unicode“)")
        );
        assert!(de.span.is_none() && en.span.is_none());
    }
}
