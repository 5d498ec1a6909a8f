//! The first look at `.guidelint.yaml`: YAML syntax, one document, no key given twice in a
//! mapping, and whether the document is empty, a mapping or something else.
//!
//! serde_yaml's own `Value` would do the first three, but its errors for a second document and
//! for a repeated key have no useful position (none at all, or the mapping's first key). Here a
//! key is checked while it is visited, so that serde_yaml puts the error at the repeated key;
//! the first occurrence is then found by reading the document again, stopping at that key in
//! the same mapping (mappings are numbered in the order they are visited).

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// What the document is, at the top.
#[derive(Debug, PartialEq, Eq)]
pub enum Outline {
    /// No content, `~` or `null`.
    Empty,
    Mapping,
    /// A list or a single value.
    Other,
}

/// Why the outline could not be read.
#[derive(Debug)]
pub enum Problem {
    /// YAML syntax, the alias repetition limit, the nesting limit.
    Yaml(serde_yaml::Error),
    /// A second document starts at this byte offset (its `---`, or its content).
    SecondDocument(usize),
    /// A key given twice in one mapping: the key as written and the byte offsets of its first and
    /// second occurrence.
    KeyTwice {
        key: String,
        first: usize,
        second: usize,
    },
}

/// Reads the outline of the YAML text.
pub fn read(text: &str) -> Result<Outline, Problem> {
    let mut documents = serde_yaml::Deserializer::from_str(text);
    let Some(document) = documents.next() else {
        return Ok(Outline::Empty);
    };
    let repeated = RefCell::new(None);
    let outline = NodeSeed {
        walk: &Walk::new(None, &repeated),
    }
    .deserialize(document);
    let outline = match outline {
        Ok(outline) => outline,
        Err(error) => {
            return Err(match repeated.into_inner() {
                Some((map, key)) => key_twice(text, error, map, key),
                None => Problem::Yaml(error),
            })
        }
    };
    if let Some(second) = documents.next() {
        // Every visit of the root node fails: the error carries the root's position.
        let error = Unwanted.deserialize(second).err();
        let offset = error
            .and_then(|e| e.location())
            .map_or(text.len(), |l| l.index());
        return Err(Problem::SecondDocument(document_start(text, offset)));
    }
    Ok(outline)
}

/// The problem of a key given twice: `error` is at the second occurrence of `key` in the
/// mapping numbered `map`; reading again finds the first.
fn key_twice(text: &str, error: serde_yaml::Error, map: usize, key: Key) -> Problem {
    let Some(second) = error.location().map(|l| l.index()) else {
        return Problem::Yaml(error);
    };
    let unused = RefCell::new(None);
    let first = serde_yaml::Deserializer::from_str(text)
        .next()
        .and_then(|document| {
            NodeSeed {
                walk: &Walk::new(Some((map, &key)), &unused),
            }
            .deserialize(document)
            .err()
        })
        .and_then(|e| e.location())
        .map_or(second, |l| l.index());
    Problem::KeyTwice {
        key: key.written,
        first,
        second,
    }
}

/// Where the document whose first node is at `offset` starts: its `---` line, if one comes
/// before it with only blank lines and comments between.
fn document_start(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    let line_start = |end: usize| text[..end].rfind('\n').map_or(0, |n| n + 1);
    let start = line_start(end);
    if text[start..].starts_with("---") {
        return start;
    }
    while end > 0 {
        let start = line_start(end - 1);
        let line = text[start..end].trim();
        if line.starts_with("---") {
            return start;
        }
        if !line.is_empty() && !line.starts_with('#') {
            break;
        }
        end = start;
    }
    offset
}

/// A mapping key as written, for comparison (`1` and `"1"` are different keys).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    kind: &'static str,
    written: String,
}

/// The state of one read of the document.
struct Walk<'a> {
    /// Mappings visited so far.
    maps: Cell<usize>,
    /// When locating a first occurrence: the mapping and the key to stop at.
    find: Option<(usize, &'a Key)>,
    /// Set to the mapping and key given twice when that error is raised.
    repeated: &'a RefCell<Option<(usize, Key)>>,
}

impl<'a> Walk<'a> {
    fn new(find: Option<(usize, &'a Key)>, repeated: &'a RefCell<Option<(usize, Key)>>) -> Self {
        Walk {
            maps: Cell::new(0),
            find,
            repeated,
        }
    }
}

/// Any node.
struct NodeSeed<'w, 'a> {
    walk: &'w Walk<'a>,
}

impl<'de> DeserializeSeed<'de> for NodeSeed<'_, '_> {
    type Value = Outline;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Outline, D::Error> {
        d.deserialize_any(NodeVisitor { walk: self.walk })
    }
}

struct NodeVisitor<'w, 'a> {
    walk: &'w Walk<'a>,
}

impl<'de> Visitor<'de> for NodeVisitor<'_, '_> {
    type Value = Outline;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Outline, E> {
        Ok(Outline::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Outline, E> {
        Ok(Outline::Empty)
    }

    fn visit_none<E: de::Error>(self) -> Result<Outline, E> {
        Ok(Outline::Empty)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Outline, D::Error> {
        NodeSeed { walk: self.walk }.deserialize(d)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Outline, D::Error> {
        NodeSeed { walk: self.walk }.deserialize(d)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Outline, A::Error> {
        // A tagged value (`!tag value`): its value is read like any other.
        let (_, variant) = data.variant::<de::IgnoredAny>()?;
        de::VariantAccess::newtype_variant_seed(variant, NodeSeed { walk: self.walk })?;
        Ok(Outline::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Outline, A::Error> {
        while seq
            .next_element_seed(NodeSeed { walk: self.walk })?
            .is_some()
        {}
        Ok(Outline::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Outline, A::Error> {
        let number = self.walk.maps.get();
        self.walk.maps.set(number + 1);
        let mut seen = HashSet::new();
        while map
            .next_key_seed(KeySeed {
                walk: self.walk,
                map: number,
                seen: &mut seen,
            })?
            .is_some()
        {
            map.next_value_seed(NodeSeed { walk: self.walk })?;
        }
        Ok(Outline::Mapping)
    }
}

/// A key of the mapping numbered `map`, checked against the keys before it.
struct KeySeed<'w, 'a, 's> {
    walk: &'w Walk<'a>,
    map: usize,
    seen: &'s mut HashSet<Key>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl KeySeed<'_, '_, '_> {
    fn scalar<E: de::Error>(self, kind: &'static str, written: String) -> Result<(), E> {
        let key = Key { kind, written };
        if self.walk.find == Some((self.map, &key)) {
            return Err(E::custom("found"));
        }
        if !self.seen.insert(key.clone()) {
            *self.walk.repeated.borrow_mut() = Some((self.map, key));
            return Err(E::custom("key given twice"));
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.scalar("bool", v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.scalar("int", v.to_string())
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<(), E> {
        self.scalar("int", v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.scalar("int", v.to_string())
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<(), E> {
        self.scalar("int", v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        self.scalar("float", v.to_string())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.scalar("str", v.to_owned())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar("null", "null".to_owned())
    }

    /// A list or mapping as a key (`? [a, b]`) is read, but never compared.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        NodeVisitor { walk: self.walk }.visit_seq(seq).map(drop)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        NodeVisitor { walk: self.walk }.visit_map(map).map(drop)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        NodeVisitor { walk: self.walk }.visit_enum(data).map(drop)
    }
}

/// Fails at whatever node it is given.
struct Unwanted;

impl<'de> DeserializeSeed<'de> for Unwanted {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl Visitor<'_> for Unwanted {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("nothing: a configuration is one YAML document")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Problem {
        read(text).expect_err("a problem")
    }

    #[test]
    fn outlines() {
        for (text, outline) in [
            ("", Outline::Empty),
            ("# c\n", Outline::Empty),
            ("---\n", Outline::Empty),
            ("~\n", Outline::Empty),
            ("a: 1\n", Outline::Mapping),
            ("- a\n", Outline::Other),
            ("x\n", Outline::Other),
            ("a: 99999999999999999999\n", Outline::Mapping),
            ("a: !tag {b: 1}\n", Outline::Mapping),
            ("a: 1\n...\n", Outline::Mapping),
        ] {
            assert_eq!(read(text).unwrap(), outline, "{text:?}");
        }
    }

    #[test]
    fn a_key_given_twice_is_found_at_both_places() {
        let text = "fail-on: info\nrules:\n  a: off\n  b: off\n  a: info\nfail-on: error\n";
        // The nested mapping comes first in the file, and is found first.
        let Problem::KeyTwice { key, first, second } = problem(text) else {
            panic!()
        };
        assert_eq!(key, "a");
        assert_eq!((first, second), (23, 41));
        let text = "a: {x: 1}\nb: {x: 1, y: 2, x: 3}\n";
        let Problem::KeyTwice { key, first, second } = problem(text) else {
            panic!()
        };
        assert_eq!((key.as_str(), first, second), ("x", 14, 26));
        // Same words of different kinds are different keys.
        assert!(read("1: a\n\"1\": b\n").is_ok());
    }

    #[test]
    fn a_second_document_is_found_at_its_separator() {
        for (text, offset) in [
            ("fail-on: info\n---\nfail-on: error\n", 14),
            ("fail-on: info\n---\n", 14),
            ("fail-on: info\n--- # second\n\n# c\nrules: {}\n", 14),
            ("a: 1\n...\nb: 2\n", 9),
        ] {
            let Problem::SecondDocument(at) = problem(text) else {
                panic!("{text:?}")
            };
            assert_eq!(at, offset, "{text:?}");
        }
    }
}
