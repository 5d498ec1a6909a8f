//! The articles the explanations cite as `seed 000` … `seed 004` (SPEC §10 names them so; their
//! German texts are in the specification's `seeds/` folder). A reader of `guidelint explain`
//! cannot look up a number, so every text that cites one is followed by what the article is.

use crate::lang::Lang;

/// One cited article: its number as the explanations write it, and what it is in each language.
struct Source {
    number: &'static str,
    en: &'static str,
    de: &'static str,
}

const SOURCES: [Source; 5] = [
    Source {
        number: "000",
        en: "the German blog post \"Die weltweit führenden Social Media-Allergien\" on Clearswift's \
             study \"Work Life Web 2011\", with a reader's comment",
        de: "der Blogbeitrag „Die weltweit führenden Social Media-Allergien“ zur Clearswift-Studie \
             „Work Life Web 2011“, mit einem Leserkommentar",
    },
    Source {
        number: "001",
        en: "the German blog post \"Machen Sie mal irgendwas auf Facebook: Das große Social \
             Media-Geschwafel der Firmen\", the summary of its author's article for NeueNachricht",
        de: "der Blogbeitrag „Machen Sie mal irgendwas auf Facebook: Das große Social \
             Media-Geschwafel der Firmen“, die Zusammenfassung eines Artikels des Autors für \
             NeueNachricht",
    },
    Source {
        number: "002",
        en: "the pressetext news release on the Genesys survey \"Getting Closer to the Customer\", \
             with statements by Udo Nadolski (Harvey Nash) and Donna Hoffman (UC Riverside)",
        de: "die pressetext-Meldung zur Genesys-Erhebung „Getting Closer to the Customer“, mit \
             Aussagen von Udo Nadolski (Harvey Nash) und Donna Hoffman (UC Riverside)",
    },
    Source {
        number: "003",
        en: "\"Der BVDW hat nachgehakt: Was Firmen auf Social-Media-Plattformen treiben\" by Katrin \
             Hofmann, on a survey of the German digital economy association BVDW",
        de: "„Der BVDW hat nachgehakt: Was Firmen auf Social-Media-Plattformen treiben“ von Katrin \
             Hofmann, zu einer Umfrage des Bundesverbands Digitale Wirtschaft (BVDW)",
    },
    Source {
        number: "004",
        en: "\"Mit Social Media auf Kundenfang\" by Jürgen Mauerer (9 April 2011), on mid-sized \
             companies in social media",
        de: "„Mit Social Media auf Kundenfang“ von Jürgen Mauerer (9. April 2011), über den \
             Mittelstand in sozialen Medien",
    },
];

/// The heading of the list of sources.
pub fn heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Sources:",
        Lang::De => "Quellen:",
    }
}

/// The articles `text` cites, in the order of their numbers: each as `seed 002` (`Seed 002` in
/// German, as the text writes it) with what it is.
pub fn cited(text: &str, lang: Lang) -> Vec<(String, &'static str)> {
    let word = match lang {
        Lang::En => "seed",
        Lang::De => "Seed",
    };
    SOURCES
        .iter()
        .filter_map(|s| {
            let label = format!("{word} {}", s.number);
            text.contains(&label).then(|| {
                let what = match lang {
                    Lang::En => s.en,
                    Lang::De => s.de,
                };
                (label, what)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::REGISTRY;

    /// Every number an explanation cites has its article, in both languages, and no
    /// explanation cites a number that is not listed.
    #[test]
    fn every_cited_number_is_listed() {
        for rule in REGISTRY {
            for lang in Lang::ALL {
                let text = rule.doc(lang).explanation;
                let word = if lang == Lang::En { "seed " } else { "Seed " };
                let mentioned = text.matches(word).count();
                let listed: usize = cited(text, lang)
                    .iter()
                    .map(|(label, _)| text.matches(label.as_str()).count())
                    .sum();
                assert_eq!(mentioned, listed, "{}: {text}", rule.meta().name);
            }
        }
        let cited = cited("(seed 002) … (seed 000, comment) … (seed 002)", Lang::En);
        let labels: Vec<&str> = cited.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["seed 000", "seed 002"]);
        assert!(cited[1].1.contains("Genesys"));
    }
}
