//! The languages guidelint speaks, and the few words shared by every rule's texts.

/// A language for messages, help and explanations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    pub fn join<S: AsRef<str>>(self, items: &[S]) -> String {
        let and = match self {
            Lang::En => "and",
        };
        join_with(items, and)
    }

    /// `a`, `a or b`, `a, b or c`.
    pub fn join_or<S: AsRef<str>>(self, items: &[S]) -> String {
        let or = match self {
            Lang::En => "or",
        };
        join_with(items, or)
    }
}

fn join_with<S: AsRef<str>>(items: &[S], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", init.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lists_in_prose() {
        assert_eq!(Lang::En.join::<&str>(&[]), "");
        assert_eq!(Lang::En.join(&["a"]), "a");
        assert_eq!(Lang::En.join(&["a", "b"]), "a and b");
        assert_eq!(Lang::En.join(&["a", "b", "c"]), "a, b and c");
        assert_eq!(Lang::En.join_or(&["a", "b", "c"]), "a, b or c");
    }
}
